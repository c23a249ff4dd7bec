"""The main window: navigation between panels, menus and shortcuts, the status bar.

Panels and dialogs do the work; this module only wires actions to them. The panels and the
capabilities' window hooks are listed in ``ui.shell.panels``; the hooks see this window as a
``ui.kit.host.WindowHost``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStatusBar,
    QWidget,
)

from desktop.accounts.organisation import profile
from desktop.core.errors import VanThuError
from desktop.core.records import DocumentView
from desktop.core.settings import Settings
from desktop.kernel.auth import Role
from desktop.kernel.office import Office
from desktop.shell.services import Direction
from ui.kit import messages, worker
from ui.kit.errors import on_error
from ui.kit.icons import icon
from ui.kit.panels import PanelSpec
from ui.kit.roles import role_text
from ui.kit.screen_fit import install_screen_fitter
from ui.registers.panel import RegisterPanel
from ui.shell.menus import insert_menu_action, insert_toolbar_action, make_actions, place_actions
from ui.shell.navigation import NAVIGATION, NavEntry
from ui.shell.panel_stack import PanelStack, panel_specs
from ui.shell.screen import (
    fit_navigation,
    install_panel_keys,
    label_panel_keys,
    place_window,
    remember_geometry,
)

if TYPE_CHECKING:
    from desktop.registers.importer import ImportResult
    from ui.kit.printing import RegisterPrinter

# The dialogs, the printer and the other panels are imported when first used: the window's
# first paint needs only the incoming register (docs/benchmarks.md, start-up).


class MainWindow(QMainWindow):
    def __init__(
        self, office: Office, settings: Settings | None = None, parent: QWidget | None = None,
        *, staged: bool = False,
    ) -> None:
        super().__init__(parent)
        self.office = office
        self.settings = settings or Settings(office.location.data_dir)
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        try:
            self.org_name = profile(office).name
        except VanThuError:  # the title can do without it
            self.org_name = ""
        self.setWindowIcon(icon("vanthu"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.entries: tuple[NavEntry, ...] = NAVIGATION
        self._rows = {entry.key: row for row, entry in enumerate(self.entries)}
        self._panel_counts: dict[str, str] = {}  # of the panels other than the registers
        self._badges: dict[str, str] = {}  # a count after a panel's title in the navigation
        self.stack = PanelStack(office, list(self._rows), self._panel_built)
        for entry in self.entries:
            QListWidgetItem(icon(entry.icon), entry.display_title(), self.nav)
        self.stack.panel(self.entries[0].key)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._panel_chosen)

        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.user = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().addPermanentWidget(self.user)
        make_actions(self)
        place_actions(self)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.apply_roles()
        install_screen_fitter()
        place_window(self, self.settings)
        self.panel_keys = install_panel_keys(self, self.nav)
        self.started = False  # every panel built and every window hook run
        if not staged:
            self.finish_start()

    # -- start: the first panel at once, the others and the hooks now or just after ----------
    def build_rest_later(self) -> None:
        """The staged start: the other panels one per turn of the event loop (the window is
        painted and usable already), then the window hooks."""
        modules = [e.module for e in self.entries if e.key in self.stack.pending()]
        self.stack.build_later(self.finish_start, modules)

    def finish_start(self) -> None:
        """Build every panel not built yet and run the window hooks, once."""
        self.stack.build_all()
        if not self.started:
            self.started = True
            from ui.shell.panels import WINDOW_HOOKS

            for hook in WINDOW_HOOKS:
                hook(self)

    def _panel_built(self, _key: str, panel: QWidget) -> None:
        if isinstance(panel, RegisterPanel):
            panel.open_document.connect(self.open_document)
            panel.counts_changed.connect(self._counts_changed)

    @property
    def specs(self) -> list[PanelSpec]:
        """The panels' specs in navigation order (loads every panel's module)."""
        specs = panel_specs()
        return [specs[entry.key] for entry in self.entries]

    @cached_property
    def printer(self) -> RegisterPrinter:
        from ui.kit.printing import RegisterPrinter

        return RegisterPrinter(self, self.office)

    # -- panels ----------------------------------------------------------------------------
    def panel(self, key: str) -> QWidget:
        return self.stack.panel(key)  # built now if it was not yet

    def register_panel(self, direction: Direction | str) -> RegisterPanel:
        panel = self.panel("incoming" if Direction(direction) == Direction.INCOMING else "outgoing")
        assert isinstance(panel, RegisterPanel)
        return panel

    def current_register(self) -> RegisterPanel | None:
        panel = self.stack.currentWidget()
        return panel if isinstance(panel, RegisterPanel) else None

    def show_panel(self, key: str) -> None:
        self.panel(key)  # KeyError for a panel that is not registered
        self.nav.setCurrentRow(self._rows[key])

    def _panel_chosen(self, row: int) -> None:
        self.stack.panel(self.entries[row].key)
        self.stack.setCurrentIndex(row)
        panel = self.current_register()
        if panel is not None:
            self.counts.setText(panel.counts_text)
        else:
            self.counts.setText(self._panel_counts.get(self.entries[row].key, ""))
        has_register = panel is not None
        for action in (self.act_print, self.act_preview, self.act_save_pdf, self.act_search):
            action.setEnabled(has_register)

    def _counts_changed(self, text: str) -> None:
        if self.sender() is self.current_register():
            self.counts.setText(text)

    # -- the WindowHost interface (ui.kit.host) for the capabilities' hooks -----------------
    def main_window(self) -> QMainWindow:
        return self

    def status_bar(self) -> QStatusBar:
        return self.statusBar()

    def show_message(self, text: str, timeout_ms: int = 15000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_badge(self, key: str, text: str) -> None:
        self._badges[key] = text
        row = self._rows.get(key)
        if row is not None:
            self.nav.item(row).setText(self._nav_text(self.entries[row]))

    def _nav_text(self, spec: NavEntry) -> str:
        badge = self._badges.get(spec.key, "")
        return f"{spec.display_title()} ({badge})" if badge else spec.display_title()

    def show_counts(self, key: str, text: str) -> None:
        self._panel_counts[key] = text
        if self.stack.currentIndex() == self._rows.get(key):
            self.counts.setText(text)

    def add_menu_action(self, action: QAction, before: str | None = None) -> None:
        insert_menu_action(self, action, before)

    def add_toolbar_action(self, action: QAction, after: str | None = None) -> None:
        insert_toolbar_action(self, action, after)

    # -- actions ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("VănThư — Sổ văn bản")
        self.setWindowTitle(f"{title} — {self.org_name}" if self.org_name else title)
        self.menu_file.setTitle(self.tr("&Tệp"))
        self.menu_view.setTitle(self.tr("&Xem"))
        texts = (
            (self.act_new_in, self.tr("Đăng ký văn bản &đến…")),
            (self.act_new_out, self.tr("Đăng ký văn bản đ&i…")),
            (self.act_import, self.tr("&Nhập sổ từ Excel…")),
            (self.act_save_pdf, self.tr("&Lưu sổ ra PDF…")),
            (self.act_preview, self.tr("&Xem trước khi in…")),
            (self.act_print, self.tr("&In sổ…")),
            (self.act_settings, self.tr("&Thiết lập…")),
            (self.act_quit, self.tr("Th&oát")),
            (self.act_search, self.tr("&Tìm trong sổ")),
            (self.act_refresh, self.tr("&Làm mới")),
            (self.act_open, self.tr("&Mở văn bản đang chọn")),
        )
        for action, text in texts:
            action.setText(text)
        for i, entry in enumerate(self.entries):
            self.nav.item(i).setText(self._nav_text(entry))
        fit_navigation(self.nav)
        label_panel_keys(self.nav)
        actor = self.office.actor
        roles = ", ".join(role_text(r) for r in sorted(actor.roles))
        self.user.setText(
            self.tr("Người dùng: {name} ({roles})").format(
                name=actor.full_name or actor.username, roles=roles
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_roles(self) -> None:
        """Hide what the person may not do (a convenience: the services check anyway)."""
        clerk = self.office.actor.has(Role.CLERK)
        for action in (self.act_new_in, self.act_new_out, self.act_import):
            action.setEnabled(clerk)
            action.setVisible(clerk)

    # -- work ------------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask_import(self) -> None:
        from ui.registers.import_dialog import ask_import

        ask_import(self, self.office, self._imported, self.show_imported_year)

    def new_incoming(self) -> None:
        from ui.registers.incoming_form import IncomingDialog

        self.show_panel("incoming")
        dialog = IncomingDialog(self.office, self)
        dialog.accepted.connect(lambda: self.show_registered(dialog.saved))
        self._open_dialog(dialog)

    def new_outgoing(self) -> None:
        from ui.registers.outgoing_form import OutgoingDialog

        self.show_panel("outgoing")
        dialog = OutgoingDialog(self.office, self)
        dialog.accepted.connect(lambda: self.show_registered(dialog.saved))
        self._open_dialog(dialog)

    def show_registered(self, view: DocumentView | None) -> None:
        if view is None:
            return
        panel = self.register_panel(view.direction)
        panel.show_year(view.year)
        panel.refresh()
        panel.select_document(view.id)
        if view.direction == Direction.INCOMING:
            text = self.tr("Đã đăng ký văn bản đến số {number}: {symbol}.").format(
                number=view.number_text, symbol=view.symbol
            )
        else:
            text = self.tr("Đã đăng ký văn bản đi số {symbol}.").format(symbol=view.symbol)
        self.statusBar().showMessage(text, 15000)
        if view.warnings:
            messages.warning(self, self.tr("Có thể trùng văn bản"), "\n".join(view.warnings))

    def open_document(self, doc_id: int) -> None:
        from ui.documents.view import DocumentDialog  # QtPdf: loaded with the first page shown

        try:
            dialog = DocumentDialog(self.office, doc_id, self)
        except VanThuError as exc:
            on_error(self, exc)
            return
        dialog.changed.connect(lambda _id: self.refresh())
        self._open_dialog(dialog)

    def open_current(self) -> None:
        panel = self.current_register()
        doc_id = panel.current_document_id() if panel else None
        if doc_id is not None:
            self.open_document(doc_id)

    def focus_search(self) -> None:
        panel = self.current_register()
        if panel is not None:
            panel.focus_search()

    def refresh(self) -> None:
        for i in range(self.stack.count()):  # a panel not built yet reads its data when it is
            panel = self.stack.widget(i)
            refresh = getattr(panel, "refresh", None)
            if callable(refresh):
                refresh()

    def _imported(self, register: str) -> None:
        self.register_panel(
            Direction.INCOMING if register == "incoming" else Direction.OUTGOING
        ).refresh()

    def show_imported_year(self, result: ImportResult) -> None:
        """After importing last year's register, show that year, and say so: the view stayed
        on this year with no hint (issue 14, "Also seen")."""
        if result.last_id is None:
            return
        from desktop.registers.registry import get_document

        try:
            year = get_document(self.office, result.last_id).year
        except VanThuError:
            return
        panel = self.register_panel(
            Direction.INCOMING if result.register == "incoming" else Direction.OUTGOING)
        self.show_panel("incoming" if result.register == "incoming" else "outgoing")
        if panel.year.currentData() != year:
            panel.show_year(year)
            self.show_message(self.tr(
                "Đang hiện sổ năm {year}, năm của các văn bản vừa nhập.").format(year=year))

    def _with_register(self, fn: object) -> None:
        panel = self.current_register()
        if panel is not None and callable(fn):
            fn(panel.direction, panel.year.currentData())

    def open_settings(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog

        self._open_dialog(SettingsDialog(self.settings, self.office, self))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops the background work: every job is cancelled (or, if it cannot stop,
        finished) and its thread joined. Work the person asked for is confirmed first; quiet
        work (OCR, the automatic backup) is not asked about."""
        if worker.busy() and not messages.ask(
            self,
            self.tr("Đang làm việc"),
            self.tr("Còn công việc đang chạy. Vẫn thoát chương trình?"),
        ):
            event.ignore()
            return
        event.accept()
        remember_geometry(self, self.settings)
        worker.shutdown()
