"""The banner over the dossier list: how many dossiers are about to be late or late, a list to
pick one, and the buttons that open it or make its apology letter (a late dossier needs one,
with a new appointment)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.dossiers.service import DossierView
from ui.dossiers.model import hm
from ui.kit.icons import icon


class LateBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("late_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#late_banner { background: #fff3e0; border: 1px solid #e65100; }")
        self.banner_icon = QLabel()
        self.banner_icon.setPixmap(icon("overdue").pixmap(20, 20))
        self.banner_text = QLabel()
        self.banner_text.setObjectName("late_text")
        self.banner_text.setWordWrap(True)
        self.late_list = QComboBox()
        self.late_list.setObjectName("late_list")
        self.open_late_button = QPushButton()
        self.apology_button = QPushButton()
        self.apology_button.setObjectName("apology")
        banner = QHBoxLayout(self)
        banner.setContentsMargins(6, 4, 6, 4)
        banner.addWidget(self.banner_icon)
        banner.addWidget(self.banner_text, 2)
        banner.addWidget(self.late_list, 2)
        banner.addWidget(self.open_late_button)
        banner.addWidget(self.apology_button)
        self.setVisible(False)

    def retranslate(self) -> None:
        self.open_late_button.setText(QCoreApplication.translate("DossierPanel", "&Mở hồ sơ"))
        self.apology_button.setText(
            QCoreApplication.translate("DossierPanel", "Lập văn bản &xin lỗi…")
        )

    def show_late(self, late: list[DossierView], may_apologise: bool) -> None:
        """List ``late`` (keeping the one chosen), shown only when there is one."""
        current = self.late_list.currentData()
        self.late_list.blockSignals(True)
        self.late_list.clear()
        for v in late:
            self.late_list.addItem(
                QCoreApplication.translate("DossierPanel", "{code} — {name} — hẹn {time}").format(
                    code=v.code, name=v.applicant_name, time=hm(v.appointment)
                ),
                v.code,
            )
        index = self.late_list.findData(current) if current else 0
        self.late_list.setCurrentIndex(max(index, 0))
        self.late_list.blockSignals(False)
        self.banner_text.setText(
            QCoreApplication.translate(
                "DossierPanel",
                "{count} hồ sơ sắp đến hạn hoặc đã quá hạn trả kết quả. Hồ sơ trễ hạn cần có văn "
                "bản xin lỗi và hẹn lại thời gian trả.",
            ).format(count=len(late))
        )
        self.setVisible(bool(late))
        self.apology_button.setVisible(may_apologise)

    def chosen_code(self) -> str | None:
        code = self.late_list.currentData()
        return str(code) if code is not None else None
