<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="113" />
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="115" />
        <source>Tài khoản đầu tiên có quyền quản trị và văn thư. Mật khẩu ít nhất 6 ký tự.</source>
        <translation>The first account may administer and register documents. The password needs at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="122" />
        <source>Công chức Văn phòng - Thống kê</source>
        <translation>Office and statistics officer</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="134" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="136" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="137" />
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="138" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="139" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="149" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="32" />
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="35" />
        <source>Sổ văn bản, tệp đính kèm và bản sao lưu được lưu trong thư mục này. Nên giữ thư mục mặc định, trừ khi cơ quan có ổ đĩa riêng cho dữ liệu.</source>
        <translation>The registers, attached files and backups are kept in this folder. Keep the default unless the office has a separate drive for data.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="41" />
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="47" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="53" />
        <source>Chọn thư mục dữ liệu</source>
        <translation>Choose the data folder</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/document_view.py" line="125" />
        <location filename="../../ui/document_view.py" line="196" />
        <source>Văn bản {symbol}</source>
        <translation>Document {symbol}</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="126" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="127" />
        <source>Kéo thả tệp vào cửa sổ này để đính kèm thêm.</source>
        <translation>Drop files on this window to attach them.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="128" />
        <source>&amp;Mở bằng chương trình khác</source>
        <translation>&amp;Open in another program</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="129" />
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="130" />
        <source>&amp;Hủy đăng ký…</source>
        <translation>&amp;Cancel registration…</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="131" />
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="132" />
        <location filename="../../ui/document_view.py" line="226" />
        <source>Chọn một tệp PDF để xem trước.</source>
        <translation>Choose a PDF file to preview it.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="144" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="145" />
        <source>Ngày đến</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="146" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="147" />
        <location filename="../../ui/document_view.py" line="159" />
        <source>Số, ký hiệu văn bản</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="148" />
        <location filename="../../ui/document_view.py" line="160" />
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="149" />
        <location filename="../../ui/document_view.py" line="161" />
        <source>Tên loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="150" />
        <location filename="../../ui/document_view.py" line="162" />
        <source>Trích yếu nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="151" />
        <source>Đơn vị hoặc người nhận</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="152" />
        <source>Người xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="153" />
        <source>Hạn giải quyết</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="154" />
        <location filename="../../ui/document_view.py" line="167" />
        <source>Ngày chuyển</source>
        <translation>Date passed on</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="155" />
        <source>Ký nhận</source>
        <translation>Receipt signature</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="163" />
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="164" />
        <source>Nơi nhận văn bản</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="165" />
        <source>Đơn vị, người nhận bản lưu</source>
        <translation>Filed copy kept by</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="166" />
        <source>Số lượng bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="169" />
        <location filename="../../ui/document_view.py" line="188" />
        <source>Độ khẩn</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="171" />
        <source>Độ mật</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="172" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="175" />
        <location filename="../../ui/document_view.py" line="178" />
        <location filename="../../ui/document_view.py" line="188" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="175" />
        <source>ĐÃ HỦY: {reason}</source>
        <translation>CANCELLED: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="178" />
        <source>Quá hạn giải quyết</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="224" />
        <source>Không xem trước được loại tệp này; bấm “Mở bằng chương trình khác”.</source>
        <translation>This kind of file cannot be previewed; click “Open in another program”.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="251" />
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="252" />
        <source>Máy chưa có chương trình mở được tệp {name}.</source>
        <translation>No program on this computer can open {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="266" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="273" />
        <source>Hủy đăng ký văn bản</source>
        <translation>Cancel a registration</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="274" />
        <source>Lý do hủy đăng ký văn bản {symbol} (số vẫn được giữ, không cấp lại):</source>
        <translation>Reason for cancelling the registration of {symbol} (the number is kept and never reused):</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../ui/file_picker.py" line="49" />
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/file_picker.py" line="50" />
        <source>Bỏ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../ui/file_picker.py" line="51" />
        <source>Kéo thả tệp PDF hoặc ảnh quét vào đây.</source>
        <translation>Drop PDF files or scanned images here.</translation>
    </message>
    <message>
        <location filename="../../ui/file_picker.py" line="72" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../ui/file_picker.py" line="74" />
        <source>Văn bản (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="23" />
        <source>Sổ văn bản đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="24" />
        <source>Sổ văn bản đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="27" />
        <source>Nhập sổ từ Excel</source>
        <translation>Import a register from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="28" />
        <source>Nhập vào sổ nào?</source>
        <translation>Import into which register?</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="30" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="31" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="37" />
        <source>Chọn tệp sổ (Excel hoặc CSV)</source>
        <translation>Choose the register file (Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="39" />
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54" />
        <source>Đã nhập sổ</source>
        <translation>Register imported</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55" />
        <source>Đã nhập {count} văn bản từ tệp {name}.</source>
        <translation>{count} documents imported from {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64" />
        <source>Dòng {row}, cột {column}: {reason}</source>
        <translation>Row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="71" />
        <source>Tệp có dòng sai</source>
        <translation>The file has bad rows</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81" />
        <source>Đang nhập sổ từ tệp {name}…</source>
        <translation>Importing the register from {name}…</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <location filename="../../ui/incoming_form.py" line="40" />
        <source>Đăng ký văn bản đến</source>
        <translation>Register an incoming document</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="42" />
        <source>Số đến do phần mềm cấp theo thứ tự nhận trong năm khi bấm Lưu.</source>
        <translation>The arrival number is assigned in order of receipt within the year when you click Save.</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="53" />
        <source>V/v …</source>
        <translation>Re: …</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="63" />
        <source>Ngày đến:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="64" />
        <source>Tác giả (cơ quan ban hành):</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="65" />
        <source>Số, ký hiệu văn bản:</source>
        <translation>Number and notation:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="66" />
        <source>Ngày tháng văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="67" />
        <source>Tên loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="68" />
        <source>Trích yếu nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="69" />
        <source>Đơn vị hoặc người nhận:</source>
        <translation>Receiving unit or person:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="70" />
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="71" />
        <source>Độ mật:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="72" />
        <source>Hạn giải quyết:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="73" />
        <source>Người xử lý:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="74" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="75" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../ui/incoming_form.py" line="17" />
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="18" />
        <source>Khẩn</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="19" />
        <source>Thượng khẩn</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="20" />
        <source>Hỏa tốc</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="23" />
        <source>Không mật</source>
        <translation>Not confidential</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="24" />
        <source>Mật</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="25" />
        <source>Tối mật</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../ui/incoming_form.py" line="26" />
        <source>Tuyệt mật</source>
        <translation>Top secret</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="18" />
        <source>Đăng nhập VănThư</source>
        <translation>Sign in to VănThư</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="28" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="29" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="32" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="34" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>Văn thư</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>VănThư — Sổ văn bản</source>
        <translation>VănThư — Document registers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211" />
        <source>Đăng ký văn bản &amp;đến…</source>
        <translation>Register &amp;incoming document…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Đăng ký văn bản đ&amp;i…</source>
        <translation>Register &amp;outgoing document…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213" />
        <source>&amp;Nhập sổ từ Excel…</source>
        <translation>I&amp;mport register from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>&amp;Lưu sổ ra PDF…</source>
        <translation>&amp;Save register as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;Xem trước khi in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>&amp;In sổ…</source>
        <translation>&amp;Print register…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>&amp;Thiết lập…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>&amp;Tìm trong sổ</source>
        <translation>&amp;Find in register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>&amp;Mở văn bản đang chọn</source>
        <translation>Open the selected &amp;document</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>Người dùng: {name} ({roles})</source>
        <translation>User: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>Đã đăng ký văn bản đến số {number}: {symbol}.</source>
        <translation>Incoming document registered as number {number}: {symbol}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>Đã đăng ký văn bản đi số {symbol}.</source>
        <translation>Outgoing document registered as {symbol}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>Có thể trùng văn bản</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331" />
        <source>Còn công việc đang chạy. Vẫn thoát chương trình?</source>
        <translation>Work is still running. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../ui/messages.py" line="91" />
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="65" />
        <source>Thông tin cơ quan</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="66" />
        <source>Tên viết tắt dùng trong ký hiệu văn bản đi, ví dụ 15/QĐ-UBND.</source>
        <translation>The short name is used in the notation of outgoing documents, e.g. 15/QĐ-UBND.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70" />
        <source>Ủy ban nhân dân xã Bình Phú</source>
        <translation>People’s Committee of Bình Phú commune</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72" />
        <source>Bình Phú</source>
        <translation>Bình Phú</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="75" />
        <source>UBND tỉnh …</source>
        <translation>Provincial People’s Committee of …</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="84" />
        <source>Tên cơ quan:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85" />
        <source>Tên viết tắt (ký hiệu):</source>
        <translation>Short name (notation):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="86" />
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87" />
        <source>Mã định danh:</source>
        <translation>Agency code:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88" />
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
</context>
<context>
    <name>OutgoingDialog</name>
    <message>
        <location filename="../../ui/outgoing_form.py" line="20" />
        <source>Đăng ký văn bản đi</source>
        <translation>Register an outgoing document</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="23" />
        <source>Số và ký hiệu (ví dụ 15/QĐ-UBND) do phần mềm cấp liên tục trong năm khi bấm Lưu.</source>
        <translation>The number and notation (e.g. 15/QĐ-UBND) are assigned consecutively within the year when you click Save.</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="30" />
        <source>V/v …</source>
        <translation>Re: …</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="33" />
        <source>Chủ tịch</source>
        <translation>Chairperson</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="38" />
        <source>Lưu: VT, VP</source>
        <translation>Filed: VT, VP</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="47" />
        <source>Ngày tháng văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="48" />
        <source>Tên loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="49" />
        <source>Trích yếu nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="50" />
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="51" />
        <source>Chức vụ người ký:</source>
        <translation>Signer’s title:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="52" />
        <source>Đơn vị soạn thảo (viết tắt):</source>
        <translation>Drafting unit (abbreviation):</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="53" />
        <source>Nơi nhận văn bản:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="54" />
        <source>Đơn vị, người nhận bản lưu:</source>
        <translation>Filed copy kept by:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="55" />
        <source>Số lượng bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="56" />
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="57" />
        <source>Độ mật:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="58" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_form.py" line="59" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/register_panel.py" line="293" />
        <source>Văn bản đến</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="296" />
        <source>Văn bản đi</source>
        <translation>Outgoing documents</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="68" />
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="69" />
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="70" />
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="71" />
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="72" />
        <source>Vừa khung</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="117" />
        <source>/ {count} trang</source>
        <translation>of {count} pages</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/register_model.py" line="64" />
        <source>ĐÃ HỦY: {reason}</source>
        <translation>CANCELLED: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="73" />
        <source>Ngày đến</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="77" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="78" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="79" />
        <location filename="../../ui/register_model.py" line="98" />
        <source>Số, ký hiệu văn bản</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="81" />
        <location filename="../../ui/register_model.py" line="100" />
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="86" />
        <location filename="../../ui/register_model.py" line="105" />
        <source>Tên loại và trích yếu nội dung</source>
        <translation>Type and subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="89" />
        <source>Đơn vị hoặc người nhận</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="93" />
        <location filename="../../ui/register_model.py" line="118" />
        <source>Ngày chuyển</source>
        <translation>Date passed on</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="94" />
        <location filename="../../ui/register_model.py" line="119" />
        <source>Ký nhận</source>
        <translation>Receipt signature</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="95" />
        <location filename="../../ui/register_model.py" line="120" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="107" />
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="109" />
        <source>Nơi nhận văn bản</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="112" />
        <source>Đơn vị, người nhận bản lưu</source>
        <translation>Filed copy kept by</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="115" />
        <source>Số lượng bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="243" />
        <source>(không tải được dòng này)</source>
        <translation>(this row could not be loaded)</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="281" />
        <source>Độ khẩn: {label}</source>
        <translation>Urgency: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="287" />
        <source>Quá hạn giải quyết ({date})</source>
        <translation>Overdue (due {date})</translation>
    </message>
    <message>
        <location filename="../../ui/register_model.py" line="292" />
        <source>Đã hủy đăng ký</source>
        <translation>Registration cancelled</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../ui/register_panel.py" line="40" />
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="41" />
        <source>Khẩn, thượng khẩn, hỏa tốc</source>
        <translation>Urgent, very urgent, immediate</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="42" />
        <source>Quá hạn giải quyết</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="43" />
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="44" />
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="45" />
        <source>Đã xử lý</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="46" />
        <source>Đã phát hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="47" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="147" />
        <source>Số, ký hiệu, cơ quan, trích yếu… (gõ không dấu cũng được)</source>
        <translation>Number, body, subject… (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="149" />
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="150" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="151" />
        <source>Tình t&amp;rạng:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="152" />
        <location filename="../../ui/register_panel.py" line="175" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="157" />
        <source>Chú giải: chữ đỏ đậm có biểu tượng (!) là văn bản khẩn; nền cam có biểu tượng đồng hồ là văn bản quá hạn giải quyết; chữ gạch ngang là đăng ký đã hủy.</source>
        <translation>Key: bold red text with the (!) icon is urgent; an orange background with the clock icon is overdue; struck-through text is a cancelled registration.</translation>
    </message>
    <message>
        <location filename="../../ui/register_panel.py" line="267" />
        <source>Đang hiện {shown} dòng · Tổng {total} văn bản · Khẩn: {urgent} · Quá hạn: {overdue} · Đã hủy: {cancelled}</source>
        <translation>Showing {shown} rows · {total} documents in all · Urgent: {urgent} · Overdue: {overdue} · Cancelled: {cancelled}</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <location filename="../../ui/printing.py" line="84" />
        <source>Đang dựng sổ năm {year} để in…</source>
        <translation>Preparing the {year} register for printing…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="93" />
        <source>Xem trước khi in sổ</source>
        <translation>Register print preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="104" />
        <source>In sổ</source>
        <translation>Print register</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="119" />
        <source>Lưu sổ ra PDF</source>
        <translation>Save register as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="121" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="133" />
        <source>Đã lưu sổ</source>
        <translation>Register saved</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="134" />
        <source>Đã lưu {rows} dòng, {pages} trang vào {path}.</source>
        <translation>Saved {rows} rows, {pages} pages to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="142" />
        <source>Đang lưu sổ năm {year} ra PDF…</source>
        <translation>Saving the {year} register as PDF…</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../ui/form_base.py" line="85" />
        <source>&amp;Lưu (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/form_base.py" line="86" />
        <source>Hủy bỏ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49" />
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50" />
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54" />
        <source>Ngôn ngữ mới có hiệu lực ngay. Sổ in ra vẫn theo mẫu tiếng Việt của Nghị định 30/2020/NĐ-CP.</source>
        <translation>The new language takes effect at once. Printed registers keep the Vietnamese layout of Decree 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="58" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="162" />
        <source>Thiết lập VănThư lần đầu</source>
        <translation>First-time setup of VănThư</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="164" />
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="165" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="166" />
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="167" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="53" />
        <source>Không có quyền</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60" />
        <source>Nếu lỗi còn lặp lại, hãy gửi tệp nhật ký vanthu.log trong thư mục dữ liệu cho cán bộ kỹ thuật.</source>
        <translation>If this keeps happening, send the log file vanthu.log from the data folder to your technician.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Có sự cố</source>
        <translation>A problem occurred</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71" />
        <source>Chưa thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86" />
        <source>Lỗi chương trình</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87" />
        <source>Chương trình gặp lỗi không lường trước. Công việc đang làm có thể chưa được lưu. Hãy gửi phần “Chi tiết” và tệp vanthu.log cho cán bộ kỹ thuật.</source>
        <translation>The program met an unexpected error. The work in progress may not have been saved. Send the “Details” part and the file vanthu.log to your technician.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ui/worker.py" line="124" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="126" />
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
</context>
</TS>