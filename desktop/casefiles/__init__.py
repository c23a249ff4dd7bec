"""Case files and the archive: the yearly file plan (Danh mục hồ sơ), case files, the hand-over to the commune archive (Nghị định 30, Chương IV)."""
