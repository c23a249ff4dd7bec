"""The report screen's tiles: which figures it shows (the communes' own wording, the flag and the
registers behind each), one large tile per figure, and the figures put into them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.i18n import _
from desktop.core.numfmt import ratio, vn_int, vn_percent
from desktop.reports.dossier_figure import TITLE as DOSSIER_TITLE
from desktop.reports.figures import Figures
from ui.kit.i18n import QT_TRANSLATE_NOOP

# The tiles: key → (title, name of the flag behind it, registers, only rows with this flag)
TILES: dict[str, tuple[str, str, tuple[str, ...], str | None]] = {
    "incoming": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đến được số hóa, xử lý trên phần mềm"),
        "digitized",
        ("incoming",),
        None,
    ),
    "standard": (
        QT_TRANSLATE_NOOP(
            "DashboardPanel", "Văn bản đến số hóa đạt chuẩn Phụ lục I Nghị định 30/2020/NĐ-CP"
        ),
        "meets",
        ("incoming",),
        "digitized",
    ),
    "outgoing": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đi được phát hành trên phần mềm (có ký số)"),
        "signed",
        ("outgoing",),
        None,
    ),
    "signed": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đến và đi được ký số"),
        "signed",
        ("incoming", "outgoing"),
        None,
    ),
    "processing": (
        QT_TRANSLATE_NOOP("DashboardPanel", "Văn bản đến giải quyết đúng hạn"),
        "handled_on_time",
        ("incoming",),
        "to_handle",
    ),
}
DOSSIERS = "dossiers"


class FigureTile(QFrame):
    """One figure, large: its title, ``part/whole`` and the share (or "không phát sinh").
    A tile with documents behind it can be clicked, or reached with Tab and Enter/Space."""

    clicked = Signal(str)

    def __init__(self, key: str, clickable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.clickable = clickable
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "FigureTile { background: palette(base); border: 1px solid #c5ceda;"
            " border-radius: 6px; }"
            "FigureTile:focus { border: 2px solid #1f5fa8; }"
        )
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.value = QLabel()
        self.value.setObjectName("value")
        self.ratio = QLabel()
        self.ratio.setObjectName("ratio")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        base = self.font().pointSizeF()
        big = QFont(self.font())
        big.setPointSizeF(base * 1.9)
        big.setBold(True)
        self.value.setFont(big)
        medium = QFont(self.font())
        medium.setPointSizeF(base * 1.25)
        self.ratio.setFont(medium)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.ratio)
        layout.addWidget(self.note)
        layout.addStretch(1)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_waiting(self, title: str) -> None:
        """Before the first figures arrive: the title only, no misleading 0/0."""
        self.title.setText(title)
        self.value.setText("…")
        self.ratio.setText("")
        self.note.setVisible(False)

    def show_figure(
        self, title: str, part: int, whole: int, share: float | None, result: str, note: str
    ) -> None:
        self.title.setText(title)
        self.value.setText(f"{vn_int(part)}/{vn_int(whole)}")
        self.ratio.setText(result)
        self.ratio.setStyleSheet("color: #777;" if share is None else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{title}: {self.value.text()} — {result}")
        # the whole text, also when a small screen leaves the tile too short for its note
        self.setToolTip("\n".join(x for x in (title, f"{self.value.text()} — {result}", note)
                                   if x))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.clickable and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


def tile_title(key: str) -> str:
    """The tile's title (the dossier tile's in the report's own words, the others
    untranslated, context "DashboardPanel")."""
    return _(DOSSIER_TITLE) if key == DOSSIERS else TILES[key][0]


def result_text(share: float | None) -> str:
    if share is None:
        return QCoreApplication.translate("DashboardPanel", "không phát sinh")
    return QCoreApplication.translate("DashboardPanel", "đạt {percent}").format(
        percent=vn_percent(share)
    )


def show_figures(tiles: dict[str, FigureTile], fig: Figures | None) -> None:
    """Put the period's figures in the tiles (titles only while there are none yet)."""
    if fig is None:
        for tile in tiles.values():
            tile.show_waiting(QCoreApplication.translate("DashboardPanel", tile_title(tile.key)))
        return
    i, o, s = fig.incoming, fig.outgoing, fig.signed
    figures = {
        "incoming": (i["digitized"], i["total"], i["ratio"], ""),
        "standard": (
            i["meeting_standard"],
            i["digitized"],
            i["standard_ratio"],
            QCoreApplication.translate("DashboardPanel", "Tính trên số văn bản đến đã số hóa."),
        ),
        "outgoing": (o["issued_electronically"], o["total"], o["ratio"], ""),
        "signed": (s["total"], s["of"], s["ratio"], ""),
    }
    p = fig.processing
    tiles["processing"].setVisible(p is not None)
    if p is not None:
        note = QCoreApplication.translate(
            "DashboardPanel",
            "Đã giải quyết đúng hạn {on_time}, quá hạn {late}; đang giải quyết trong hạn "
            "{in_progress}, quá hạn {overdue}.",
        ).format(on_time=vn_int(p["done_on_time"]), late=vn_int(p["done_late"]),
                 in_progress=vn_int(p["in_progress"]), overdue=vn_int(p["overdue"]))
        figures["processing"] = (p["done_on_time"], p["to_handle"],
                                 ratio(p["done_on_time"], p["to_handle"]), note)
    for key, (part, whole, share, note) in figures.items():
        tile = tiles[key]
        title = QCoreApplication.translate("DashboardPanel", tile_title(key))
        tile.show_figure(title, part, whole, share, result_text(share), note)
        tile.setToolTip(
            QCoreApplication.translate(
                "DashboardPanel", "Bấm để xem các văn bản làm căn cứ cho số liệu này."
            )
        )
    d = fig.dossier_figure()  # the report's own figure and words (desktop/reports/dossier_figure)
    tile = tiles[DOSSIERS]
    tile.setVisible(d is not None)
    if d is not None:
        tile.show_figure(_(DOSSIER_TITLE), d.numerator, d.denominator, d.percent,
                         d.result_text(), d.breakdown_text())


class TileArea(QScrollArea):
    """The tiles in rows of three, as high as their wrapped text needs at this width and never
    higher: on a 768 px screen they scroll rather than cut a note short or push the window
    taller (a grid in a box layout gave each tile only its one-line height)."""

    def __init__(self, tiles: Sequence[FigureTile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile_area")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // 3, i % 3)
        self.setWidget(box)

    def fit(self) -> None:
        """Once new texts are laid out (the next turn of the event loop): :meth:`fit_now`."""
        QTimer.singleShot(0, self, self.fit_now)

    def fit_now(self) -> None:
        """The height the tiles need at the width beside a scroll bar (enough either way)."""
        box = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        need = box.heightForWidth(self.width() - bar) if box is not None else -1
        if need > 0:
            self.setMaximumHeight(need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_now()
