"""Qt's own texts in Vietnamese (issue 14, 10). PySide6 ships no Vietnamese qtbase catalogue, so
the file dialogs, the buttons of standard boxes and the editing menu of text fields came up in
English. The Vietnamese ``QLocale`` (made the default) gives the calendar's month and day names;
this small catalogue of our own covers the strings of the Qt dialogs the app uses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

VI = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)

#: (Qt's context, its English source) → Vietnamese
CATALOGUE: dict[tuple[str, str], str] = {
    # QFileDialog (Qt's own, non-native file dialog)
    ("QFileDialog", "Look in:"): "Tìm trong:",
    ("QFileDialog", "File &name:"): "&Tên tệp:",
    ("QFileDialog", "File name:"): "Tên tệp:",
    ("QFileDialog", "Files of type:"): "Loại tệp:",
    ("QFileDialog", "&Open"): "&Mở",
    ("QFileDialog", "Open"): "Mở",
    ("QFileDialog", "&Save"): "&Lưu",
    ("QFileDialog", "Save"): "Lưu",
    ("QFileDialog", "Save As"): "Lưu thành",
    ("QFileDialog", "&Choose"): "&Chọn",
    ("QFileDialog", "Cancel"): "Hủy bỏ",
    ("QFileDialog", "Directory:"): "Thư mục:",
    ("QFileDialog", "Find Directory"): "Chọn thư mục",
    ("QFileDialog", "Back"): "Lùi",
    ("QFileDialog", "Forward"): "Tiến",
    ("QFileDialog", "Parent Directory"): "Thư mục cha",
    ("QFileDialog", "Go back"): "Quay lại",
    ("QFileDialog", "Go forward"): "Đi tiếp",
    ("QFileDialog", "Go to the parent directory"): "Lên thư mục cha",
    ("QFileDialog", "Create New Folder"): "Tạo thư mục mới",
    ("QFileDialog", "Create a New Folder"): "Tạo một thư mục mới",
    ("QFileDialog", "New Folder"): "Thư mục mới",
    ("QFileDialog", "&New Folder"): "Thư mục &mới",
    ("QFileDialog", "List View"): "Xem dạng danh sách",
    ("QFileDialog", "Change to list view mode"): "Xem dạng danh sách",
    ("QFileDialog", "Detail View"): "Xem chi tiết",
    ("QFileDialog", "Change to detail view mode"): "Xem chi tiết",
    ("QFileDialog", "All Files (*)"): "Mọi tệp (*)",
    ("QFileDialog", "Show &hidden files"): "Hiện tệp &ẩn",
    ("QFileDialog", "&Rename"): "Đổi &tên",
    ("QFileDialog", "&Delete"): "&Xóa",
    ("QFileDialog", "Recent Places"): "Nơi vừa dùng",
    ("QFileDialog", "My Computer"): "Máy tính",
    ("QFileDialog", "Computer"): "Máy tính",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"):
        "%1 đã có.\nThay bằng tệp mới?",
    ("QFileSystemModel", "Name"): "Tên",
    ("QFileSystemModel", "Size"): "Cỡ",
    ("QFileSystemModel", "Type"): "Loại",
    ("QFileSystemModel", "Kind"): "Loại",
    ("QFileSystemModel", "Date Modified"): "Ngày sửa",
    # buttons of QDialogButtonBox, QMessageBox and QInputDialog
    ("QPlatformTheme", "OK"): "Đồng ý",
    ("QPlatformTheme", "Cancel"): "Hủy bỏ",
    ("QPlatformTheme", "Close"): "Đóng",
    ("QPlatformTheme", "Save"): "Lưu",
    ("QPlatformTheme", "Open"): "Mở",
    ("QPlatformTheme", "Apply"): "Áp dụng",
    ("QPlatformTheme", "Reset"): "Đặt lại",
    ("QPlatformTheme", "Help"): "Trợ giúp",
    ("QPlatformTheme", "&Yes"): "&Có",
    ("QPlatformTheme", "&No"): "&Không",
    ("QPlatformTheme", "Yes to &All"): "Có cho &tất cả",
    ("QPlatformTheme", "N&o to All"): "Không cho t&ất cả",
    ("QPlatformTheme", "Discard"): "Bỏ đi",
    ("QPlatformTheme", "Don't Save"): "Không lưu",
    ("QPlatformTheme", "Retry"): "Thử lại",
    ("QPlatformTheme", "Ignore"): "Bỏ qua",
    ("QPlatformTheme", "Abort"): "Dừng",
    ("QPlatformTheme", "Restore Defaults"): "Khôi phục mặc định",
    ("QMessageBox", "Show Details..."): "Xem chi tiết…",
    ("QMessageBox", "Hide Details..."): "Ẩn chi tiết…",
    # the editing menu of text fields
    ("QLineEdit", "&Undo"): "&Hoàn tác",
    ("QLineEdit", "&Redo"): "&Làm lại",
    ("QLineEdit", "Cu&t"): "&Cắt",
    ("QLineEdit", "&Copy"): "&Chép",
    ("QLineEdit", "&Paste"): "&Dán",
    ("QLineEdit", "Delete"): "Xóa",
    ("QLineEdit", "Select All"): "Chọn tất cả",
    ("QWidgetTextControl", "&Undo"): "&Hoàn tác",
    ("QWidgetTextControl", "&Redo"): "&Làm lại",
    ("QWidgetTextControl", "Cu&t"): "&Cắt",
    ("QWidgetTextControl", "&Copy"): "&Chép",
    ("QWidgetTextControl", "&Paste"): "&Dán",
    ("QWidgetTextControl", "Delete"): "Xóa",
    ("QWidgetTextControl", "Select All"): "Chọn tất cả",
    ("QWidgetTextControl", "Copy &Link Location"): "Chép địa chỉ &liên kết",
    # the print dialogs (the register book, the receipt)
    ("QPrintDialog", "Print"): "In",
    ("QPrintDialog", "&Print"): "&In",
    ("QPrintDialog", "&Options >>"): "&Tùy chọn >>",
    ("QPrintDialog", "&Options <<"): "&Tùy chọn <<",
    ("QPrintPreviewDialog", "Print Preview"): "Xem trước khi in",
    ("QPrintPreviewDialog", "Print"): "In",
    ("QPrintPreviewDialog", "Close"): "Đóng",
    ("QPrintPreviewDialog", "Next page"): "Trang sau",
    ("QPrintPreviewDialog", "Previous page"): "Trang trước",
    ("QPrintPreviewDialog", "First page"): "Trang đầu",
    ("QPrintPreviewDialog", "Last page"): "Trang cuối",
    ("QPrintPreviewDialog", "Zoom in"): "Phóng to",
    ("QPrintPreviewDialog", "Zoom out"): "Thu nhỏ",
    ("QPrintPreviewDialog", "Fit width"): "Vừa chiều ngang",
    ("QPrintPreviewDialog", "Fit page"): "Vừa trang",
    ("QPrintPreviewDialog", "Portrait"): "Khổ dọc",
    ("QPrintPreviewDialog", "Landscape"): "Khổ ngang",
    ("QPrintPreviewDialog", "Page setup"): "Thiết lập trang",
    ("QPrintPreviewDialog", "Export to PDF"): "Xuất ra PDF",
    # the calendar's navigation (its month and day names come from the locale)
    ("QCalendarWidget", "Previous Month"): "Tháng trước",
    ("QCalendarWidget", "Next Month"): "Tháng sau",
    ("QCalendarWidget", "Today"): "Hôm nay",
}


class QtVietnamese(QTranslator):
    """Answers Qt's own contexts from :data:`CATALOGUE`; everything else passes through."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        # None is Qt's null string: "not here, ask the next catalogue or keep the source"
        return CATALOGUE.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


_installed: QtVietnamese | None = None


def use_vietnamese_qt(on: bool) -> None:
    """Vietnamese for Qt's own texts and the default locale when ``on`` (the interface in
    Vietnamese); Qt's English and the English locale otherwise."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return
    if on:
        QLocale.setDefault(VI)
        if _installed is None:
            _installed = QtVietnamese(app)
            app.installTranslator(_installed)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if _installed is not None:
            app.removeTranslator(_installed)
            _installed = None
