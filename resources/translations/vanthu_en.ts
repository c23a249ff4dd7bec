<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/kit/roles.py" line="11" />
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/kit/roles.py" line="12" />
        <source>Văn thư</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/kit/roles.py" line="13" />
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../ui/kit/roles.py" line="14" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="42" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="48" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="57" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="71" />
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="81" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="82" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="83" />
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="94" />
        <source>Vai trò:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="96" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="96" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="108" />
        <source>Chọn ít nhất một vai trò.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="128" />
        <source>Đang tạo tài khoản…</source>
        <translation>Creating the account…</translation>
    </message>
</context>
<context>
    <name>AddToFileDialog</name>
    <message>
        <location filename="../../ui/casefiles/add_dialog.py" line="40" />
        <source>Đưa văn bản vào hồ sơ</source>
        <translation>Add the document to a file</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/add_dialog.py" line="42" />
        <source>Chọn hồ sơ đang mở để đưa văn bản mã {id} vào:</source>
        <translation>Choose the open file to put document {id} in:</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/add_dialog.py" line="50" />
        <source> (đã có)</source>
        <translation> (already in it)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/add_dialog.py" line="54" />
        <source>Chưa có hồ sơ đang mở nào do bạn lập.</source>
        <translation>You keep no open file yet.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/add_dialog.py" line="58" />
        <source>Đưa vào</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/add_dialog.py" line="59" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/shell/wizard.py" line="113" />
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="115" />
        <source>Tài khoản đầu tiên có quyền quản trị và văn thư. Mật khẩu ít nhất 6 ký tự.</source>
        <translation>The first account may administer and register documents. The password needs at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="122" />
        <source>Công chức Văn phòng - Thống kê</source>
        <translation>Office and statistics officer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="134" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="136" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="137" />
        <source>Chức vụ:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="138" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="139" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="149" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AdminTools</name>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="73" />
        <source>&amp;Công cụ</source>
        <extracomment>How long after the window shows the automatic backup starts (the window paints first).</extracomment>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="74" />
        <source>&amp;Tài khoản…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="75" />
        <source>&amp;Sao lưu…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="76" />
        <source>&amp;Kiểm tra dữ liệu…</source>
        <translation>&amp;Check the data…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="108" />
        <source>Không thấy thư mục sao lưu tự động {folder}, nên hôm nay chưa sao lưu. Nếu đó là ổ USB, hãy cắm ổ vào rồi chọn Công cụ &gt; Sao lưu… &gt; Sao lưu ngay; hoặc chọn thư mục khác.</source>
        <translation>The automatic backup folder {folder} cannot be found, so no backup was made today. If it is a USB drive, plug it in, then choose Tools &gt; Backup… &gt; Back up now; or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="113" />
        <source>Không ghi được bản sao lưu tự động vào {folder}. Hãy kiểm tra ổ đĩa còn chỗ trống và cho phép ghi.</source>
        <translation>The automatic backup could not be written to {folder}. Check that the drive has free space and allows writing.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="131" />
        <source>Đã sao lưu tự động vào {path}.</source>
        <translation>Automatic backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="133" />
        <source>Hôm nay đã có bản sao lưu tự động trong {folder}.</source>
        <translation>Today's automatic backup is already in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/admin_tools.py" line="148" />
        <source>Đang sao lưu tự động…</source>
        <translation>Automatic backup running…</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../ui/dossiers/apology.py" line="65" />
        <source>Lập văn bản xin lỗi</source>
        <translation>Letter of apology</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/apology.py" line="68" />
        <source>Hồ sơ {code} của {name} hẹn trả kết quả lúc {time}. Ghi lý do chậm trễ và thời điểm hẹn trả mới để in văn bản xin lỗi và đề nghị gia hạn.</source>
        <translation>Dossier {code} of {name} was promised for {time}. Give the reason for the delay and the new appointment to print the letter of apology and request for an extension.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/apology.py" line="72" />
        <source>&amp;Lý do chậm trễ:</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/apology.py" line="73" />
        <source>&amp;Hẹn trả mới:</source>
        <translation>&amp;New appointment:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/apology.py" line="74" />
        <source>&amp;Lập văn bản</source>
        <translation>&amp;Make the letter</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/apology.py" line="75" />
        <source>Hủy bỏ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="48" />
        <source>Giao xử lý văn bản</source>
        <translation>Assign the document</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="49" />
        <source>Giao lại người xử lý</source>
        <translation>Reassign the handlers</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="50" />
        <source>Gia hạn xử lý</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="67" />
        <source>Số ngày &amp;làm việc:</source>
        <translation>&amp;Working days:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="74" />
        <source>Đến &amp;ngày:</source>
        <translation>By &amp;date:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="80" />
        <source>Văn bản để &amp;biết, không phải xử lý</source>
        <translation>For &amp;information only, no handling</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="85" />
        <source>Ý kiến &amp;chỉ đạo:</source>
        <translation>&amp;Instruction:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="87" />
        <source>&amp;Lý do gia hạn:</source>
        <translation>&amp;Reason for the extension:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="89" />
        <source>Người chủ &amp;trì:</source>
        <translation>&amp;Lead handler:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="90" />
        <source>Người &amp;phối hợp:</source>
        <translation>&amp;Support handlers:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="104" />
        <source>&amp;Gia hạn</source>
        <translation>&amp;Extend</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="104" />
        <source>&amp;Giao</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="105" />
        <source>Hủy bỏ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="25" />
        <source>Khởi tạo cơ quan</source>
        <translation>Organisation set up</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="26" />
        <source>Đăng ký văn bản đến</source>
        <translation>Incoming document registered</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="27" />
        <source>Đăng ký văn bản đi</source>
        <translation>Outgoing document registered</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="28" />
        <source>Hủy đăng ký</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="29" />
        <source>Đính kèm tệp</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="30" />
        <source>Xuất tệp</source>
        <translation>Files exported</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="31" />
        <source>Nhập sổ từ tệp</source>
        <translation>Register imported from a file</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="32" />
        <source>Ký số</source>
        <translation>Digitally signed</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="33" />
        <location filename="../../ui/accounts/audit_model.py" line="50" />
        <source>Nhận dạng chữ</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="34" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="35" />
        <source>Đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="36" />
        <source>Đăng nhập sai</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="37" />
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="38" />
        <source>Thêm tài khoản</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="39" />
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="40" />
        <source>Đổi mật khẩu</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="41" />
        <source>Sửa thông tin cơ quan</source>
        <translation>Organisation profile changed</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="42" />
        <source>Sửa văn bản đã đăng ký</source>
        <translation>Registered document corrected</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="43" />
        <source>Đặt ảnh chữ ký</source>
        <translation>Signature picture set</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="44" />
        <source>Đặt ảnh con dấu</source>
        <translation>Seal picture set</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="45" />
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="46" />
        <source>Chuyển bước hồ sơ</source>
        <translation>Dossier moved to a next step</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="47" />
        <source>Thêm thủ tục hành chính</source>
        <translation>Administrative procedure added</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="48" />
        <source>Khởi tạo lịch ngày nghỉ</source>
        <translation>Holiday calendar created</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="49" />
        <source>Nhập lịch ngày nghỉ</source>
        <translation>Holiday calendar imported</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="51" />
        <source>Thêm chứng thư tin cậy</source>
        <translation>Trusted certificate added</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="52" />
        <source>Xóa chứng thư tin cậy</source>
        <translation>Trusted certificate removed</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="53" />
        <source>Thêm danh sách thu hồi chứng thư</source>
        <translation>Certificate revocation list added</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="54" />
        <source>Xóa danh sách thu hồi chứng thư</source>
        <translation>Certificate revocation list removed</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="55" />
        <source>Dọn tệp thừa trong kho</source>
        <translation>Cleaned unreferenced files from the store</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="56" />
        <source>Gán chứng thư số</source>
        <translation>Assigned a certificate</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="57" />
        <source>Gỡ chứng thư số đã gán</source>
        <translation>Removed an assigned certificate</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="58" />
        <source>Sửa số cuối của sổ</source>
        <translation>Repaired a series' last number</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="59" />
        <source>Cấp quyền xem văn bản mật</source>
        <translation>Access to secret documents granted</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="60" />
        <source>Thu hồi quyền xem văn bản mật</source>
        <translation>Access to secret documents revoked</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="61" />
        <source>Xuất khóa kiểm tra nhật ký</source>
        <translation>Exported the audit log key</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="62" />
        <source>Nhập khóa kiểm tra nhật ký</source>
        <translation>Imported the audit log key</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="97" />
        <source>Số thứ tự</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="98" />
        <source>Thời gian (giờ Việt Nam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="99" />
        <source>Người thực hiện</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="100" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="101" />
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_model.py" line="102" />
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="153" />
        <source>&amp;Văn bản số:</source>
        <translation>&amp;Document no.:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="154" />
        <source>Mã văn bản trong chương trình (cột “Văn bản”).</source>
        <translation>The document's id in the program (the “Document” column).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="155" />
        <source>&amp;Người thực hiện:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="156" />
        <source>tên đăng nhập</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="157" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="158" />
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="159" />
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="160" />
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="161" />
        <location filename="../../ui/accounts/audit_panel.py" line="317" />
        <source>Kiểm tra toàn vẹn</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="164" />
        <source>Kiểm tra chuỗi mã băm của nhật ký, mã băm của mọi tệp trong kho và chữ ký số của các tệp đã ký.</source>
        <translation>Checks the hash chain of the log, the hash of every stored file and the digital signature of signed files.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="168" />
        <source>‹ Trang trước</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="169" />
        <source>Trang sau ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="170" />
        <source>Nhật ký dành cho quản trị và văn thư.</source>
        <translation>The audit log is for administrators and clerks.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="256" />
        <source>Đang đọc nhật ký…</source>
        <translation>Reading the audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="270" />
        <source>Không có mục nào.</source>
        <translation>No entries.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="273" />
        <source>Mục {first}–{last} trên {total}</source>
        <translation>Entries {first}–{last} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="300" />
        <source>Đang kiểm tra toàn vẹn dữ liệu…</source>
        <translation>Checking the integrity of the data…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="16" />
        <source>Mục nhật ký số {seq} đã bị sửa sau khi ghi.</source>
        <translation>Log entry no. {seq} was edited after it was written.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="19" />
        <source>Mục nhật ký số {seq} không nối đúng với mục trước: có mục đã bị thay hoặc chèn thêm.</source>
        <translation>Log entry no. {seq} does not chain onto the one before: an entry was replaced or inserted.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="24" />
        <source>Mục nhật ký số {seq} khác với mục máy này đã ghi nhận: lịch sử nhật ký đã bị viết lại.</source>
        <translation>Log entry no. {seq} differs from the one this computer recorded: the log's history was rewritten.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="29" />
        <source>Nhật ký ngắn hơn lần trước máy này thấy (đến mục số {seq}): các mục cuối đã bị xóa.</source>
        <translation>The log is shorter than when this computer last saw it (up to entry no. {seq}): the last entries were deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="34" />
        <source>Mục nhật ký số {seq} không khớp mã xác thực của khóa nhật ký: nhật ký đã bị sửa ngoài chương trình.</source>
        <translation>Audit entry {seq} does not match the audit key's authentication code: the log was edited outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="39" />
        <source>Không xác thực được nhật ký từ mục số {seq}: tệp khóa nhật ký (audit-key.json) bị hỏng hoặc là của máy khác.</source>
        <translation>The log cannot be authenticated from entry {seq}: the audit key file (audit-key.json) is damaged or belongs to another PC.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="43" />
        <source>Thiếu mục nhật ký số {seq}: có mục đã bị xóa.</source>
        <translation>Log entry no. {seq} is missing: an entry was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/integrity_text.py" line="53" />
        <source>Văn bản mã {id} đã bị sửa hoặc xóa trực tiếp trong cơ sở dữ liệu.</source>
        <translation>Document {id} was changed or deleted directly in the database.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/audit_panel.py" line="310" />
        <source>Dữ liệu toàn vẹn: nhật ký không bị sửa, {files} tệp đúng mã băm.</source>
        <translation>
            <numerusform>The data is intact: the log was not edited, {files} file matches its hash.</numerusform>
            <numerusform>The data is intact: the log was not edited, {files} files match their hashes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="331" />
        <source>Dữ liệu không toàn vẹn</source>
        <translation>The data is not intact</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="336" />
        <source>Hãy giữ nguyên máy và các bản sao lưu, rồi báo cho cán bộ kỹ thuật.</source>
        <translation>Leave the computer and the backups as they are, and tell the technician.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="48" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="49" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="52" />
        <source>Ghi toàn bộ cơ sở dữ liệu và các tệp văn bản vào một tệp ZIP. Nên cất bản sao lưu ở nơi khác máy này (ổ USB, ổ mạng).</source>
        <translation>Writes the whole database and the document files into one ZIP file. Keep backups away from this computer (a USB drive, a network drive).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="57" />
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="65" />
        <source>Sao lưu tự động hằng ngày</source>
        <translation>Automatic daily backup</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="68" />
        <source>Chưa chọn: không sao lưu tự động</source>
        <translation>Not chosen: no automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="69" />
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="79" />
        <source> bản</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="83" />
        <source>Mỗi ngày, vài giây sau khi mở chương trình, một bản vanthu-NămThángNgày.zip được ghi vào thư mục này (có thể là ổ USB); chỉ giữ lại các bản mới nhất.</source>
        <translation>Every day, a few seconds after the program opens, a vanthu-YearMonthDay.zip is written to this folder (it may be a USB drive); only the newest ones are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="90" />
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="91" />
        <source>Số bản giữ lại:</source>
        <translation>Copies kept:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="94" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="94" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="106" />
        <source>Sao lưu dữ liệu</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="108" />
        <source>Tệp ZIP (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="113" />
        <source>Không ghi được bản sao lưu vào {path}. Hãy kiểm tra ổ đĩa còn chỗ trống và cho phép ghi.</source>
        <translation>The backup could not be written to {path}. Check that the drive has free space and allows writing.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="127" />
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/backup_tools.py" line="128" />
        <source>Đã sao lưu dữ liệu và {files} tệp ({size}) vào {path}.</source>
        <translation>
            <numerusform>The data and {files} file ({size}) were backed up to {path}.</numerusform>
            <numerusform>The data and {files} files ({size}) were backed up to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="134" />
        <source>Đang sao lưu dữ liệu…</source>
        <translation>Backing up the data…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="138" />
        <source>Chọn thư mục sao lưu tự động</source>
        <translation>Choose the automatic backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/backup_tools.py" line="149" />
        <source>Không tạo được thư mục {folder}: {reason}</source>
        <translation>The folder {folder} could not be created: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <location filename="../../ui/casefiles/window_actions.py" line="76" />
        <source>Đưa văn bản vào &amp;hồ sơ…</source>
        <translation>Add the document to a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/window_actions.py" line="94" />
        <source>Chọn một văn bản trong sổ trước.</source>
        <translation>Select a document in a register first.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/window_actions.py" line="107" />
        <source>Đã đưa văn bản mã {id} vào hồ sơ {code}.</source>
        <translation>Added document {id} to file {code}.</translation>
    </message>
</context>
<context>
    <name>CaseFilePanel</name>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="46" />
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="47" />
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="48" />
        <source>Đã nộp lưu</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="140" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="141" />
        <source>&amp;Lập hồ sơ theo danh mục</source>
        <translation>&amp;Open a file from the plan</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="142" />
        <source>Đó&amp;ng hồ sơ…</source>
        <translation>&amp;Close the file…</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="143" />
        <source>Lên (Ctrl+↑)</source>
        <translation>Up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="144" />
        <source>Xuống (Ctrl+↓)</source>
        <translation>Down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="145" />
        <source>Danh mục hồ sơ</source>
        <translation>File plan</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="145" />
        <source>Thời hạn bảo quản</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="146" />
        <source>Người lập</source>
        <translation>Keeper</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="148" />
        <source>Số và ký hiệu</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="148" />
        <source>Tiêu đề hồ sơ</source>
        <translation>File title</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="148" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="149" />
        <source>Số văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="149" />
        <source>Hạn nộp lưu</source>
        <translation>Due for hand-over</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="151" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="151" />
        <source>Số, ký hiệu</source>
        <translation>Number, notation</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="151" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="151" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="152" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="152" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="152" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="182" />
        <source>{files} hồ sơ năm {year} · {due} hồ sơ đến hạn nộp lưu</source>
        <translation>Files of {year}: {files} · due for hand-over: {due}</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="189" />
        <source>Chưa có danh mục hồ sơ năm này</source>
        <translation>No file plan for this year yet</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="192" />
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="192" />
        <source>dự thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="193" />
        <source>Danh mục hồ sơ năm {year} ({state})</source>
        <translation>File plan {year} ({state})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casefiles/panel.py" line="231" />
        <source>{n} hồ sơ đến hạn nộp lưu trong 30 ngày hoặc đã quá hạn ({late} quá hạn): {codes}</source>
        <translation>
            <numerusform>{n} file due for hand-over within 30 days or overdue ({late} overdue): {codes}</numerusform>
            <numerusform>{n} files due for hand-over within 30 days or overdue ({late} overdue): {codes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="282" />
        <source>{code}: {title} — {docs} văn bản, {pages} trang; từ {start} đến {end}</source>
        <translation>{code}: {title} — documents: {docs}, pages: {pages}; from {start} to {end}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casefiles/panel.py" line="331" />
        <source>Đã đưa {n} văn bản vào hồ sơ {code}.</source>
        <translation>
            <numerusform>Added {n} document to file {code}.</numerusform>
            <numerusform>Added {n} documents to file {code}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="349" />
        <source>Đã lập hồ sơ {code}.</source>
        <translation>Opened file {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="355" />
        <source>Đóng hồ sơ</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="356" />
        <source>Ngày kết thúc công việc (DD/MM/YYYY):</source>
        <translation>End of the work (DD/MM/YYYY):</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="367" />
        <source>Đã đóng hồ sơ {code}.</source>
        <translation>Closed file {code}.</translation>
    </message>
</context>
<context>
    <name>ComponentTable</name>
    <message>
        <location filename="../../ui/dossiers/form.py" line="56" />
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="57" />
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="99" />
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="100" />
        <source>Hình thức</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="101" />
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="102" />
        <source>Tệp bản số hóa</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="105" />
        <source>Thêm &amp;giấy tờ</source>
        <translation>Add &amp;document</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="106" />
        <source>Bỏ giấy tờ</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="114" />
        <location filename="../../ui/dossiers/form.py" line="134" />
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="162" />
        <source>Chọn bản số hóa của giấy tờ</source>
        <translation>Choose the scan of the document</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="164" />
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="83" />
        <source>Lý do sửa (bắt buộc):</source>
        <translation>Reason for the correction (required):</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="59" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="60" />
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="68" />
        <source>Văn bản được tính (tử số)</source>
        <translation>Documents counted (numerator)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="69" />
        <source>Văn bản chưa đạt</source>
        <translation>Documents not counted</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="70" />
        <source>Mọi văn bản trong kỳ (mẫu số)</source>
        <translation>All documents of the period (denominator)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="19" />
        <source>Văn bản đến được số hóa, xử lý trên phần mềm</source>
        <translation>Incoming documents digitised and handled in the software</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="25" />
        <source>Văn bản đến số hóa đạt chuẩn Phụ lục I Nghị định 30/2020/NĐ-CP</source>
        <translation>Incoming documents digitised to the standard of Appendix I, Decree 30/2020/NĐ-CP</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="33" />
        <source>Văn bản đi được phát hành trên phần mềm (có ký số)</source>
        <translation>Outgoing documents issued through the software (digitally signed)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="39" />
        <source>Văn bản đến và đi được ký số</source>
        <translation>Incoming and outgoing documents digitally signed</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="45" />
        <source>Văn bản đến giải quyết đúng hạn</source>
        <translation>Incoming documents handled on time</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="202" />
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="208" />
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="209" />
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="210" />
        <source>Lưu báo cáo theo thể thức văn bản hành chính.</source>
        <translation>Save the report in the administrative document layout.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="212" />
        <source>Lưu số liệu và danh sách văn bản làm căn cứ vào tệp Excel.</source>
        <translation>Save the figures and the documents behind them to an Excel file.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="214" />
        <source>Diễn biến 12 tháng</source>
        <translation>12-month trend</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="215" />
        <source>Văn bản làm căn cứ</source>
        <translation>Documents behind the figure</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="216" />
        <source>Báo cáo số liệu dành cho văn thư, lãnh đạo và quản trị.</source>
        <translation>The reports are for clerks, leaders and administrators.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="246" />
        <source>Quý {quarter}</source>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="307" />
        <source>Đang tính số liệu báo cáo…</source>
        <translation>Computing the report figures…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="145" />
        <source>không phát sinh</source>
        <translation>not applicable (none occurred)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="146" />
        <source>đạt {percent}</source>
        <translation>reaching {percent}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="329" />
        <source>Số liệu {period}</source>
        <translation>Figures for {period}</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="164" />
        <source>Tính trên số văn bản đến đã số hóa.</source>
        <translation>Out of the incoming documents digitised.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="172" />
        <source>Đã giải quyết đúng hạn {on_time}, quá hạn {late}; đang giải quyết trong hạn {in_progress}, quá hạn {overdue}.</source>
        <translation>Done on time {on_time}, late {late}; in progress within the deadline {in_progress}, overdue {overdue}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/tiles.py" line="185" />
        <source>Bấm để xem các văn bản làm căn cứ cho số liệu này.</source>
        <translation>Click to see the documents behind this figure.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="374" />
        <source>Đang lấy danh sách văn bản…</source>
        <translation>Fetching the list of documents…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="382" />
        <source>Bấm vào một ô số liệu để xem các văn bản làm căn cứ.</source>
        <translation>Click a figure to see the documents behind it.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="390" />
        <source>{figure} — {period}: {count} văn bản.</source>
        <translation>{figure} — {period}. Documents: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="28" />
        <source>Xuất báo cáo ra PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="29" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="31" />
        <source>Xuất báo cáo ra Excel</source>
        <translation>Export the report as Excel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="32" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="51" />
        <source>Đã lưu báo cáo</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="52" />
        <source>Đã lưu báo cáo {period} vào {path}.</source>
        <translation>The report for {period} was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/export.py" line="60" />
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/shell/wizard.py" line="32" />
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="35" />
        <source>Sổ văn bản, tệp đính kèm và bản sao lưu được lưu trong thư mục này. Nên giữ thư mục mặc định, trừ khi cơ quan có ổ đĩa riêng cho dữ liệu.</source>
        <translation>The registers, attached files and backups are kept in this folder. Keep the default unless the office has a separate drive for data.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="41" />
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="47" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="53" />
        <source>Chọn thư mục dữ liệu</source>
        <translation>Choose the data folder</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/kit/date_field.py" line="75" />
        <source>ngày/tháng/năm</source>
        <extracomment>the date now typed (a ``datetime.date``) or ``None`` kept so that code written for ``QDateEdit`` connects unchanged in a filter bar: the date read beside it as a short weekday ("T5"), a problem as ⚠ with its sentence in the tooltip, so two fields and their buttons fit a 1366 px screen</extracomment>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_field.py" line="83" />
        <source>Lịch…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/date_field.py" line="84" />
        <source>Chọn trên lịch</source>
        <translation>Pick on the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/kit/fields.py" line="39" />
        <source>Chưa nhập ngày.</source>
        <translation>No date entered.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../ui/kit/datetime_field.py" line="22" />
        <source>Chưa nhập giờ.</source>
        <translation>No time entered.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/datetime_field.py" line="25" />
        <source>“{value}” không phải là giờ; hãy gõ như 09:00 hoặc 1430.</source>
        <translation>“{value}” is not a time; type it as 09:00 or 1430.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/datetime_field.py" line="30" />
        <source>Không có giờ {value}: giờ từ 0 đến 23, phút từ 0 đến 59.</source>
        <translation>There is no time {value}: hours run from 0 to 23, minutes from 0 to 59.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/datetime_field.py" line="45" />
        <source>giờ:phút</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/kit/datetime_field.py" line="74" />
        <source>Chưa nhập ngày.</source>
        <translation>No date entered.</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="37" />
        <source>Bưu điện</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="38" />
        <source>Trực tiếp</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="39" />
        <source>Điện tử</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="157" />
        <source>&amp;Nơi nhận:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="158" />
        <source>&amp;Cách gửi:</source>
        <translation>&amp;Sent by:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="159" />
        <source>&amp;Ngày chuyển:</source>
        <translation>&amp;Date sent:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="160" />
        <source>Số biên lai / ký nhận:</source>
        <translation>Receipt number / signed for by:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="162" />
        <source>&amp;Ghi</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="165" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="172" />
        <source>Gửi văn bản {symbol}</source>
        <translation>Send document {symbol}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/documents/view.py" line="161" />
        <location filename="../../ui/documents/view.py" line="190" />
        <source>Văn bản {symbol}</source>
        <translation>Document {symbol}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="162" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="163" />
        <source>Kéo thả tệp vào cửa sổ này để đính kèm thêm.</source>
        <translation>Drop files on this window to attach them.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="164" />
        <source>&amp;Mở bằng chương trình khác</source>
        <translation>&amp;Open in another program</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="165" />
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="166" />
        <source>&amp;Hủy đăng ký…</source>
        <translation>&amp;Cancel registration…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="167" />
        <source>&amp;Sửa…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="168" />
        <source>Sửa thông tin đã đăng ký (có lý do, ghi nhật ký)</source>
        <translation>Correct what was registered (with a reason, written to the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="169" />
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="170" />
        <location filename="../../ui/documents/view.py" line="230" />
        <source>Chọn một tệp PDF để xem trước.</source>
        <translation>Choose a PDF file to preview it.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="171" />
        <source>&amp;Ký số…</source>
        <translation>&amp;Sign digitally…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="172" />
        <source>Bấm để xem chi tiết các chữ ký số.</source>
        <translation>Click to see the details of the digital signatures.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="31" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="32" />
        <source>Ngày đến</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="33" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="34" />
        <location filename="../../ui/documents/metadata.py" line="52" />
        <source>Số, ký hiệu văn bản</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="36" />
        <location filename="../../ui/documents/metadata.py" line="54" />
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="39" />
        <location filename="../../ui/documents/metadata.py" line="57" />
        <source>Tên loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="40" />
        <location filename="../../ui/documents/metadata.py" line="58" />
        <source>Trích yếu nội dung</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="41" />
        <source>Đơn vị hoặc người nhận</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="42" />
        <source>Người xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="43" />
        <source>Hạn giải quyết</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="44" />
        <location filename="../../ui/documents/metadata.py" line="66" />
        <source>Ngày chuyển</source>
        <translation>Date passed on</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="45" />
        <source>Ký nhận</source>
        <translation>Receipt signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="59" />
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="60" />
        <source>Nơi nhận văn bản</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="62" />
        <source>Đơn vị, người nhận bản lưu</source>
        <translation>Filed copy kept by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="65" />
        <source>Số lượng bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="26" />
        <source>Độ khẩn</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="78" />
        <source>Độ mật</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="79" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="22" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="84" />
        <source>ĐÃ HỦY: {reason}</source>
        <translation>CANCELLED: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/metadata.py" line="91" />
        <source>Quá hạn giải quyết</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="228" />
        <source>Không xem trước được loại tệp này; bấm “Mở bằng chương trình khác”.</source>
        <translation>This kind of file cannot be previewed; click “Open in another program”.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="255" />
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="256" />
        <source>Máy chưa có chương trình mở được tệp {name}.</source>
        <translation>No program on this computer can open {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="270" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../ui/documents/corrections.py" line="15" />
        <source>{time} — {actor} sửa: {what} (lý do: {reason})</source>
        <translation>{time} — {actor} corrected: {what} (reason: {reason})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/corrections.py" line="23" />
        <source>Lịch sử sửa đổi:</source>
        <translation>Corrections:</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="301" />
        <source>Hủy đăng ký văn bản</source>
        <translation>Cancel a registration</translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="302" />
        <source>Lý do hủy đăng ký văn bản {symbol} (số vẫn được giữ, không cấp lại):</source>
        <translation>Reason for cancelling the registration of {symbol} (the number is kept and never reused):</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="56" />
        <location filename="../../ui/documents/view.py" line="332" />
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking the digital signatures…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="59" />
        <source>Không kiểm tra được chữ ký số</source>
        <translation>The digital signatures could not be checked</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="62" />
        <source>Chưa ký số</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="64" />
        <source>Chữ ký số: Hợp lệ</source>
        <translation>Signature: Valid</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="66" />
        <source>Chữ ký số: {problem}</source>
        <translation>Signature: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="20" />
        <location filename="../../ui/documents/signature_badge.py" line="41" />
        <source>Hợp lệ</source>
        <extracomment>Sources translated at display (lupdate sees them here).</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="21" />
        <source>KHÔNG HỢP LỆ</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="22" />
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="23" />
        <source>Hợp lệ, SHA-1 (yếu)</source>
        <translation>Valid, SHA-1 (weak)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="27" />
        <source>Đã đến (văn thư chưa xử lý)</source>
        <extracomment>The status meanings of desktop.interchange.envelope.STATUS_CODES.</extracomment>
        <translation>Arrived (not yet handled by the clerk)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="28" />
        <source>Từ chối tiếp nhận</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="29" />
        <source>Đã tiếp nhận, đăng ký</source>
        <translation>Received and registered</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="30" />
        <source>Đã phân công xử lý</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="31" />
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="32" />
        <source>Đã hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="33" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="34" />
        <source>Chấp nhận thay đổi</source>
        <translation>Change accepted</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="35" />
        <source>Từ chối thay đổi</source>
        <translation>Change refused</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="45" />
        <source>Chữ ký số XML của gói</source>
        <translation>XML signature of the package</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="52" />
        <source>không có chữ ký số</source>
        <translation>no digital signature</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="58" />
        <source>Liên thông</source>
        <translation>Interchange</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="60" />
        <source>Đã bị cơ quan gửi thu hồi</source>
        <translation>Revoked by the sender</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="63" />
        <source>Đã được cập nhật bằng văn bản mã {id}</source>
        <translation>Updated by document {id}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="66" />
        <source>Đã được thay thế bằng văn bản mã {id}</source>
        <translation>Replaced by document {id}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="81" />
        <source>Mã văn bản liên thông</source>
        <translation>Interchange document id</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="89" />
        <source>Đã gửi qua liên thông tới</source>
        <translation>Sent through the interchange to</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="92" />
        <source>Trạng thái đã nhận</source>
        <translation>Status received</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="94" />
        <source>Trạng thái đã gửi</source>
        <translation>Status sent</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="42" />
        <source>Không toàn vẹn</source>
        <translation>Not intact</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="43" />
        <source>Không tin cậy</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="44" />
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="45" />
        <source>Bị sửa đổi sau khi ký</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="75" />
        <source>Tệp chính của văn bản chưa có chữ ký số.</source>
        <translation>The document's main file has no digital signature.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/signature_badge.py" line="81" />
        <source>Chữ ký {n}: {status}
Người ký: {signer}
Cơ quan, tổ chức: {organisation}
Số hiệu chứng thư: {serial}
Thời điểm ký: {time}</source>
        <translation>Signature {n}: {status}
Signer: {signer}
Organisation: {organisation}
Certificate serial: {serial}
Signing time: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/interchange_rows.py" line="50" />
        <location filename="../../ui/documents/view.py" line="362" />
        <source>Chữ ký số của tệp {name}</source>
        <translation>Digital signatures of {name}</translation>
    </message>
</context>
<context>
    <name>DocumentMask</name>
    <message>
        <location filename="../../ui/documents/masked.py" line="22" />
        <source>Văn bản {level}: bạn không có quyền xem nội dung, mở hay xuất tệp. Quản trị viên cấp quyền theo vai trò hoặc tài khoản; người xử lý và người đăng ký văn bản luôn xem được.</source>
        <translation>{level} document: you may not see its content, open or export its files. The administrator grants access by role or account; its handlers and the person who registered it always may.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/masked.py" line="32" />
        <source>số {number}/{year} ({level})</source>
        <translation>no. {number}/{year} ({level})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/masked.py" line="42" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../../ui/digitise/document_picker.py" line="59" />
        <source>Chọn văn bản để đính kèm</source>
        <translation>Choose the document to attach to</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/document_picker.py" line="60" />
        <source>&amp;Tìm văn bản (số, ký hiệu, cơ quan, trích yếu):</source>
        <translation>&amp;Find a document (number, symbol, body, summary):</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/document_picker.py" line="61" />
        <source>Đính &amp;kèm</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/document_picker.py" line="62" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/document_picker.py" line="73" />
        <source>{symbol} — {organ} — {subject}</source>
        <translation>{symbol} — {organ} — {subject}</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="164" />
        <source>Hoàn thành xử lý</source>
        <translation>Complete the handling</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="169" />
        <source>mã văn bản đi trả lời (để trống nếu không có)</source>
        <translation>id of the outgoing reply (leave empty if none)</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="172" />
        <source>ví dụ: Để biết, lưu</source>
        <translation>e.g. Noted, filed</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="174" />
        <source>Văn bản &amp;trả lời:</source>
        <translation>&amp;Reply document:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="175" />
        <source>&amp;Ghi chú kết quả:</source>
        <translation>Result &amp;note:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="178" />
        <source>&amp;Hoàn thành</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="179" />
        <source>Hủy bỏ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/processing/dialogs.py" line="196" />
        <source>Mã văn bản trả lời phải là số: “{value}”.</source>
        <translation>The reply's id must be a number: “{value}”.</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <location filename="../../ui/dossiers/window_actions.py" line="41" />
        <source>Tiếp nhận &amp;hồ sơ một cửa…</source>
        <translation>Receive a one-stop &amp;dossier…</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="11" />
        <source>Chuyển giải quyết…</source>
        <translation>Send for processing…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="12" />
        <source>Yêu cầu bổ sung…</source>
        <translation>Request documents…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="13" />
        <source>Đã nhận bổ sung…</source>
        <translation>Documents received…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="14" />
        <source>Có kết quả…</source>
        <translation>Result ready…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="15" />
        <source>Trả kết quả…</source>
        <translation>Hand over result…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="16" />
        <source>Từ chối…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="17" />
        <source>Công dân rút hồ sơ…</source>
        <translation>Withdrawn by applicant…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="18" />
        <source>Dừng giải quyết…</source>
        <translation>Stop processing…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="21" />
        <source>Chuyển cho cán bộ giải quyết (họ và tên, có thể để trống):</source>
        <translation>Send to the officer handling it (full name, may be left blank):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="24" />
        <source>Nội dung cần bổ sung, hoàn thiện (in trên phiếu yêu cầu bổ sung):</source>
        <translation>What must be added or completed (printed on the request):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="27" />
        <source>Giấy tờ công dân đã bổ sung (có thể để trống):</source>
        <translation>Documents the applicant added (may be left blank):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="30" />
        <source>Ghi chú về kết quả (có thể để trống):</source>
        <translation>Note on the result (may be left blank):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="31" />
        <source>Ghi chú khi trả kết quả (có thể để trống):</source>
        <translation>Note on handing over the result (may be left blank):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="34" />
        <source>Lý do từ chối giải quyết (in trên phiếu từ chối):</source>
        <translation>Reason for refusal (printed on the refusal slip):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="37" />
        <source>Ghi chú khi công dân rút hồ sơ (có thể để trống):</source>
        <translation>Note on the withdrawal (may be left blank):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/steps.py" line="40" />
        <source>Lý do dừng giải quyết (in trên thông báo):</source>
        <translation>Reason for stopping (printed on the notice):</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="138" />
        <source>Thông tin hồ sơ</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="139" />
        <source>Thành phần hồ sơ</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="140" />
        <source>Quá trình giải quyết</source>
        <translation>Hand-overs</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="143" />
        <location filename="../../ui/dossiers/view.py" line="152" />
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="144" />
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="145" />
        <source>Hình thức</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="146" />
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="147" />
        <source>Tệp bản số hóa</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="153" />
        <source>Bên giao</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="154" />
        <source>Bên nhận</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="155" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="156" />
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="157" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="158" />
        <location filename="../../ui/dossiers/view.py" line="231" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="161" />
        <source>&amp;Thời điểm:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="162" />
        <source>Thời điểm giao, nhận ghi vào phiếu kiểm soát.</source>
        <translation>Time of the hand-over, as written on the control sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="163" />
        <source>Chuyển bước:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="164" />
        <source>In &amp;phiếu…</source>
        <translation>&amp;Print form…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="167" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="178" />
        <source>Hồ sơ {code}</source>
        <translation>Dossier {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="182" />
        <source>{state} — quá hạn</source>
        <translation>{state} — late</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="184" />
        <source>{state} — đến hạn hôm nay</source>
        <translation>{state} — due today</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="186" />
        <source>&lt;b&gt;{code}&lt;/b&gt; — {procedure} — {status}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {procedure} — {status}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="201" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="202" />
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="204" />
        <source>Thời hạn giải quyết</source>
        <translation>Time limit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossiers/view.py" line="205" />
        <source>{days} ngày làm việc</source>
        <translation>
            <numerusform>{days} working day</numerusform>
            <numerusform>{days} working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="207" />
        <source>Trong ngày làm việc</source>
        <translation>Within the working day</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="209" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="210" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="211" />
        <source>Số điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="212" />
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="213" />
        <source>Hình thức nộp</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="214" />
        <source>Tiếp nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="215" />
        <source>Hẹn trả lần đầu</source>
        <translation>First appointment</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="216" />
        <source>Hẹn trả kết quả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="217" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="218" />
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="223" />
        <source>Thời gian chờ bổ sung</source>
        <translation>Time waiting for documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossiers/view.py" line="224" />
        <source>{days} ngày làm việc (không tính vào thời hạn)</source>
        <translation>
            <numerusform>{days} working day (not counted in the time limit)</numerusform>
            <numerusform>{days} working days (not counted in the time limit)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="229" />
        <source>Tệp kết quả</source>
        <translation>Result file</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="244" />
        <source>{name} (dùng lại từ hồ sơ {code})</source>
        <translation>{name} (reused from dossier {code})</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="300" />
        <source>Chọn tệp kết quả giải quyết (bản điện tử)</source>
        <translation>Choose the result file (electronic copy)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="302" />
        <source>Văn bản (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="315" />
        <source>Chưa có tệp kết quả</source>
        <translation>No result file</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="317" />
        <source>Chưa chọn tệp kết quả (bản điện tử). Vẫn ghi nhận hồ sơ {code} đã có kết quả?</source>
        <translation>No result file (electronic copy) was chosen. Record dossier {code} as having its result anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="323" />
        <source>Hồ sơ {code}: {step}</source>
        <translation>Dossier {code}: {step}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="351" />
        <source>In biểu mẫu</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/view.py" line="352" />
        <source>Đã ghi nhận. In {form} cho hồ sơ {code}?</source>
        <translation>Recorded. Print the {form} for dossier {code}?</translation>
    </message>
</context>
<context>
    <name>DossierForms</name>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="35" />
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="40" />
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request for additional documents</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="45" />
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation>Refusal slip</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="50" />
        <source>Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết</source>
        <translation>Letter of apology and request for an extension</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="57" />
        <source>Thông báo dừng giải quyết hồ sơ</source>
        <translation>Notice of stopped processing</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="62" />
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation>Processing control sheet</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <location filename="../../ui/dossiers/model.py" line="51" />
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="52" />
        <source>Đang giải quyết</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="53" />
        <source>Chờ bổ sung, hoàn thiện</source>
        <translation>Waiting for additional documents</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="54" />
        <source>Đã bổ sung</source>
        <translation>Documents supplemented</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="55" />
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="56" />
        <source>Đã trả kết quả</source>
        <translation>Result handed over</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="57" />
        <source>Từ chối giải quyết</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="58" />
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="59" />
        <source>Dừng giải quyết</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="62" />
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="63" />
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="64" />
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="109" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="110" />
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="111" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="113" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="118" />
        <source>Hẹn trả kết quả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="122" />
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="123" />
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="243" />
        <source>{state} — quá hạn</source>
        <translation>{state} — late</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="247" />
        <source>{state} — đến hạn hôm nay</source>
        <translation>{state} — due today</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="277" />
        <source>Quá hạn: hẹn trả kết quả lúc {time}.</source>
        <translation>Late: the result was promised for {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/model.py" line="281" />
        <source>Đến hạn trả kết quả hôm nay lúc {time}.</source>
        <translation>The result is due today at {time}.</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="50" />
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="51" />
        <source>Chưa có kết quả</source>
        <translation>Without a result yet</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="52" />
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="174" />
        <source>Tiếp nhận hồ sơ… (Ctrl+H)</source>
        <translation>Receive a dossier… (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="176" />
        <source>Mã hồ sơ hoặc tên người nộp (gõ không dấu cũng được)</source>
        <translation>Dossier code or applicant name (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="178" />
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="179" />
        <source>Th&amp;áng:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="180" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="181" />
        <source>T&amp;rạng thái:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="182" />
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/late_banner.py" line="41" />
        <source>&amp;Mở hồ sơ</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/late_banner.py" line="43" />
        <source>Lập văn bản &amp;xin lỗi…</source>
        <translation>Letter of &amp;apology…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="193" />
        <source>Chú giải: chữ đỏ đậm có biểu tượng (!) và chữ “quá hạn” là hồ sơ quá hạn; nền cam có biểu tượng đồng hồ và chữ “đến hạn hôm nay” là hồ sơ đến hạn trả hôm nay.</source>
        <translation>Legend: bold red with the (!) icon and the word “late” marks a late dossier; an orange background with the clock icon and “due today” marks a dossier due today.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="270" />
        <source>Đang hiện {shown} hồ sơ · Trong kỳ: tiếp nhận {received} · đã giải quyết đúng hạn {on_time} · quá hạn {late} · đang giải quyết {in_progress} (quá hạn {in_progress_late})</source>
        <translation>Dossiers shown: {shown} · In the period: received {received} · finished on time {on_time} · late {late} · in progress {in_progress} (late {in_progress_late})</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="282" />
        <source>Đang hiện {shown} hồ sơ</source>
        <translation>Dossiers shown: {shown}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/late_banner.py" line="53" />
        <source>{code} — {name} — hẹn {time}</source>
        <translation>{code} — {name} — due {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/late_banner.py" line="62" />
        <source>{count} hồ sơ sắp đến hạn hoặc đã quá hạn trả kết quả. Hồ sơ trễ hạn cần có văn bản xin lỗi và hẹn lại thời gian trả.</source>
        <translation>Dossiers about to be late or already late: {count}. A late dossier needs a letter of apology and a new appointment.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="336" />
        <source>Đã tiếp nhận hồ sơ {code}. Hẹn trả kết quả: {time}.</source>
        <translation>Dossier {code} received. Appointment: {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="341" />
        <source>Cần kiểm tra hạn trả</source>
        <translation>Check the appointment</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="344" />
        <source>In giấy tiếp nhận</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="346" />
        <source>Đã tiếp nhận hồ sơ {code}, hẹn trả kết quả lúc {time}. In giấy tiếp nhận hồ sơ và hẹn trả kết quả cho người nộp?</source>
        <translation>Dossier {code} received, appointment at {time}. Print the receipt and appointment slip for the applicant?</translation>
    </message>
</context>
<context>
    <name>DossierReceiptDialog</name>
    <message>
        <location filename="../../ui/dossiers/form.py" line="51" />
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="52" />
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="53" />
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="202" />
        <source>Tiếp nhận hồ sơ thủ tục hành chính</source>
        <translation>Receive an administrative dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="205" />
        <source>Mã hồ sơ do phần mềm cấp khi bấm Lưu. Hẹn trả kết quả tính theo ngày làm việc, không kể ngày nghỉ, ngày lễ.</source>
        <translation>The dossier code is given when you press Save. The appointment counts working days, without weekends and public holidays.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="236" />
        <source>Gõ vài chữ trong tên thủ tục để chọn</source>
        <translation>Type a few letters of the procedure to choose it</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="244" />
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossiers/form.py" line="323" />
        <source> ngày làm việc</source>
        <translation>
            <numerusform> working day</numerusform>
            <numerusform> working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="268" />
        <source>Thủ tục hành chính:</source>
        <translation>Administrative procedure:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="269" />
        <source>Thời hạn giải quyết:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="270" />
        <source>Thời điểm tiếp nhận:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="271" />
        <source>Người nộp hồ sơ:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="272" />
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="273" />
        <source>Số điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="274" />
        <source>Thư điện tử:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="275" />
        <source>Hình thức nộp:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="276" />
        <source>Thành phần hồ sơ:</source>
        <translation>Components:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="277" />
        <source>Người xử lý:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="278" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="333" />
        <source>Thủ tục này chưa có trong danh mục: khi lưu sẽ được thêm vào với thời hạn ghi dưới đây.</source>
        <translation>This procedure is not in the catalogue yet: saving adds it with the time limit below.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="352" />
        <source>Hẹn trả kết quả: chưa tính được.</source>
        <translation>Appointment: cannot be computed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form.py" line="354" />
        <source>Hẹn trả kết quả: {time}</source>
        <translation>Appointment: {time}</translation>
    </message>
</context>
<context>
    <name>DraftKeyDialog</name>
    <message>
        <location filename="../../ui/drafting/key_dialog.py" line="80" />
        <source>Không đọc được tệp ảnh {path}.</source>
        <translation>Cannot read the image file {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/key_dialog.py" line="97" />
        <source>Đang ký số văn bản… Nếu dùng thiết bị ký số, đừng rút thiết bị ra.</source>
        <translation>Signing the document… If you use a signing token, do not unplug it.</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../ui/drafting/panel.py" line="43" />
        <source>Đang soạn</source>
        <translation>Being drafted</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="44" />
        <source>Chờ duyệt</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="45" />
        <source>Bị trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="46" />
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="47" />
        <source>Lãnh đạo đã ký</source>
        <translation>Signed by the leader</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="48" />
        <source>Đã phát hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="51" />
        <source>tạo</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="52" />
        <source>phiên bản mới</source>
        <translation>new version</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="53" />
        <source>trình duyệt</source>
        <translation>sent for approval</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="54" />
        <source>duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="55" />
        <source>trả lại</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="56" />
        <source>ký số</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="57" />
        <source>phát hành</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="60" />
        <source>bưu điện</source>
        <translation>by post</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="61" />
        <source>trực tiếp</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="62" />
        <source>điện tử</source>
        <translation>electronically</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="65" />
        <source>đính chính</source>
        <translation>corrects</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="66" />
        <source>thay thế</source>
        <translation>replaces</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="67" />
        <source>thu hồi</source>
        <translation>recalls</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="115" />
        <source>Dự thảo &amp;mới…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="115" />
        <source>Phiên &amp;bản mới…</source>
        <translation>New &amp;version…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="116" />
        <source>&amp;Trình duyệt</source>
        <translation>Send for &amp;approval</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="116" />
        <source>&amp;Duyệt</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="117" />
        <source>T&amp;rả lại…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="117" />
        <source>&amp;Ký số…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="118" />
        <source>&amp;Phát hành…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="118" />
        <source>&amp;Gửi đi…</source>
        <translation>Se&amp;nd…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="123" />
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="123" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="123" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="123" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="124" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="124" />
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="183" />
        <source>Phiên bản {n}: {name} ({user}, {at})</source>
        <translation>Version {n}: {name} ({user}, {at})</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="185" />
        <source>Cảnh báo: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="205" />
        <source>Đã gửi: {to} ({via}, {date})</source>
        <translation>Sent to {to} ({via}, {date})</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="209" />
        <source>Văn bản {a} {kind} văn bản {b}</source>
        <translation>Document {a} {kind} document {b}</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="240" />
        <source>Chọn phiên bản mới của dự thảo</source>
        <translation>Choose the new version of the draft</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="240" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="259" />
        <source>Trả lại dự thảo</source>
        <translation>Return the draft</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="260" />
        <source>Ý kiến gửi người soạn thảo:</source>
        <translation>Comment for the drafter:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="276" />
        <source>Ký số dự thảo {ref}</source>
        <translation>Sign draft {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="290" />
        <source>Phát hành dự thảo {ref}</source>
        <translation>Issue draft {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="310" />
        <source>Đã ghi chuyển văn bản {symbol}.</source>
        <translation>Recorded the sending of {symbol}.</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <location filename="../../ui/interchange/panel.py" line="35" />
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="36" />
        <source>KHÔNG HỢP LỆ</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="37" />
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="38" />
        <source>Hợp lệ, SHA-1 (yếu)</source>
        <translation>Valid, SHA-1 (weak)</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="51" />
        <source>Gói</source>
        <extracomment>A package changed documents already registered (a revocation) or answered an outgoing one.</extracomment>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="52" />
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="53" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="54" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="55" />
        <source>Chữ ký XML</source>
        <translation>XML signature</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="101" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="102" />
        <source>Đăng ký văn bản đến</source>
        <translation>Incoming document registered</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="103" />
        <source>Đăng ký gói đang chọn vào sổ văn bản đến.</source>
        <translation>Register the selected package in the incoming register.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="104" />
        <source>Từ chối tiếp nhận…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="105" />
        <source>Đổi thư mục liên thông…</source>
        <translation>Change the exchange folder…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="107" />
        <source>Thư mục liên thông: {inbox}. Gói trả lời và gói bị từ chối được ghi vào {outbox}.</source>
        <translation>Exchange folder: {inbox}. Answers and refusals are written to {outbox}.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="109" />
        <source>Không có gói văn bản điện tử nào đang chờ.</source>
        <translation>No electronic document package is waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="128" />
        <source>Đang đọc các gói văn bản điện tử…</source>
        <translation>Reading the electronic document packages…</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="146" />
        <source>Có tệp không phải gói văn bản điện tử hợp lệ</source>
        <translation>Some files are not valid electronic document packages</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="147" />
        <source>Các tệp sau được chuyển sang thư mục khác, không đăng ký:
{lines}</source>
        <translation>These files were moved to another folder, not registered:
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="156" />
        <source>Gói trạng thái {code}: {meaning}</source>
        <translation>Status package {code}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="184" />
        <source>Gói trạng thái từ {organ}</source>
        <translation>Status package from {organ}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="185" />
        <source>Mã trạng thái: {code} — {meaning}</source>
        <translation>Status code: {code} — {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="187" />
        <source>Mô tả: {text}</source>
        <translation>Description: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="188" />
        <source>Trả lời văn bản: {key}</source>
        <translation>Answers document: {key}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="193" />
        <source>Tác giả: {v}</source>
        <translation>Issuing body: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="194" />
        <source>Số, ký hiệu: {v}</source>
        <translation>Number, symbol: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="195" />
        <source>Ngày văn bản: {v}</source>
        <translation>Document date: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="196" />
        <source>Loại văn bản: {v}</source>
        <translation>Document type: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="197" />
        <source>Trích yếu: {v}</source>
        <translation>Summary: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="198" />
        <source>Người ký: {v}</source>
        <translation>Signed by: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="199" />
        <source>Hạn giải quyết (đề xuất): {v}</source>
        <translation>Deadline (proposed): {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="200" />
        <source>Mã văn bản liên thông: {v}</source>
        <translation>Interchange document id: {v}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="201" />
        <source>Chữ ký số XML của gói: {status} {subject}</source>
        <translation>XML signature of the package: {status} {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="206" />
        <source>không có chữ ký số</source>
        <translation>no digital signature</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="207" />
        <source>Tệp {name}: {signatures}</source>
        <translation>File {name}: {signatures}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="209" />
        <source>Cảnh báo: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="214" />
        <source>Chọn thư mục liên thông</source>
        <translation>Choose the exchange folder</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="222" />
        <source>Không dùng được thư mục này</source>
        <translation>This folder cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="253" />
        <source>Không chép được gói</source>
        <translation>The package could not be copied</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="273" />
        <source>Từ chối tiếp nhận</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="274" />
        <source>Lý do từ chối (gửi lại cơ quan gửi, trạng thái 02):</source>
        <translation>Reason for the refusal (sent back to the sender, status 02):</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/kit/fields.py" line="165" />
        <source>ví dụ: {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="14" />
        <source>Ngày đến</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="15" />
        <source>Tác giả (cơ quan ban hành)</source>
        <translation>Author (issuing body)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="16" />
        <source>Số, ký hiệu văn bản</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="17" />
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="18" />
        <source>Tên loại văn bản</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="19" />
        <source>Trích yếu nội dung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="20" />
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="21" />
        <source>Độ khẩn</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="22" />
        <source>Độ mật</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="23" />
        <source>Hạn giải quyết</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="24" />
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="25" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="26" />
        <source>Ngày chuyển</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="27" />
        <source>Ký nhận</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="28" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="29" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="30" />
        <source>Đơn vị soạn thảo</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="31" />
        <source>Số lượng bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="32" />
        <source>Đơn vị, người nhận bản lưu</source>
        <translation>File copy kept by</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="34" />
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="35" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="36" />
        <source>Số, ký hiệu</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="37" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="38" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="39" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="40" />
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="41" />
        <source>Mã băm SHA-256</source>
        <translation>SHA-256 hash</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="46" />
        <source>đã đăng ký</source>
        <extracomment>Stored codes shown as words (the states of a document and of a dossier).</extracomment>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="47" />
        <source>đang xử lý</source>
        <translation>being handled</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="48" />
        <source>đã xử lý</source>
        <translation>handled</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="49" />
        <source>đã ký</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="50" />
        <source>đã phát hành</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="51" />
        <source>đã hủy</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="52" />
        <source>thường</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="53" />
        <source>khẩn</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="54" />
        <source>thượng khẩn</source>
        <translation>very urgent</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="55" />
        <source>hỏa tốc</source>
        <translation>immediate</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="56" />
        <source>mật</source>
        <translation>secret</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="57" />
        <source>tối mật</source>
        <translation>top secret</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="58" />
        <source>tuyệt mật</source>
        <translation>absolutely secret</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="78" />
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="100" />
        <location filename="../../ui/registers/field_labels.py" line="125" />
        <source>{field}: “{before}” → “{after}”</source>
        <translation>{field}: “{before}” → “{after}”</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="104" />
        <source>{field}: “{value}”</source>
        <translation>{field}: “{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="129" />
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/field_labels.py" line="134" />
        <source>Lý do: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>FigureRowsModel</name>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="21" />
        <source>Đã số hóa</source>
        <translation>Digitised</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="22" />
        <source>Đạt chuẩn</source>
        <translation>Meets the standard</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="23" />
        <source>Có ký số</source>
        <translation>Digitally signed</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="24" />
        <source>Giải quyết đúng hạn</source>
        <translation>Handled on time</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="80" />
        <source>Sổ</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="81" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="82" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="83" />
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="84" />
        <source>Trích yếu nội dung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="123" />
        <source>Đến</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="123" />
        <source>Đi</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="132" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/reports/figure_rows.py" line="132" />
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../ui/kit/file_picker.py" line="49" />
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/file_picker.py" line="50" />
        <source>Bỏ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../ui/kit/file_picker.py" line="51" />
        <source>Kéo thả tệp PDF hoặc ảnh quét vào đây.</source>
        <translation>Drop PDF files or scanned images here.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/file_picker.py" line="72" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../ui/kit/file_picker.py" line="74" />
        <source>Văn bản (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FolderQueuePanel</name>
    <message>
        <location filename="../../ui/kit/folder_queue.py" line="135" />
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/kit/form_keys.py" line="72" />
        <source>Bỏ thông tin đã nhập?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location filename="../../ui/kit/form_keys.py" line="73" />
        <source>Các thông tin vừa nhập chưa được lưu. Đóng và bỏ chúng đi?</source>
        <translation>What you typed has not been saved. Close and discard it?</translation>
    </message>
</context>
<context>
    <name>FormPreviewDialog</name>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="122" />
        <source>{form} — hồ sơ {code}</source>
        <translation>{form} — dossier {code}</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="124" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="125" />
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="126" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="136" />
        <source>In biểu mẫu</source>
        <translation>Print form</translation>
    </message>
</context>
<context>
    <name>FormPrinter</name>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="180" />
        <source>Đang lập {form} của hồ sơ {code}…</source>
        <translation>Making the {form} of dossier {code}…</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="202" />
        <source>Lưu biểu mẫu thành PDF</source>
        <translation>Save form as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="204" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="221" />
        <source>Đã lưu biểu mẫu</source>
        <translation>Form saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossiers/form_printing.py" line="222" />
        <source>Đã lưu {form} ({pages} trang) vào {path}.</source>
        <translation>
            <numerusform>Saved the {form} ({pages} page) to {path}.</numerusform>
            <numerusform>Saved the {form} ({pages} pages) to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/form_printing.py" line="230" />
        <source>Đang lưu {form} của hồ sơ {code}…</source>
        <translation>Saving the {form} of dossier {code}…</translation>
    </message>
</context>
<context>
    <name>HandlingBox</name>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="30" />
        <source>Chưa trình</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="31" />
        <source>Chờ cho ý kiến</source>
        <translation>Waiting for instruction</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="32" />
        <source>Đã giao, chờ ký nhận</source>
        <translation>Assigned, awaiting acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="33" />
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="34" />
        <source>Đã xử lý</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="35" />
        <source>Để biết, lưu</source>
        <translation>For information, filed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="38" />
        <source>Trình lãnh đạo</source>
        <translation>Submitted to the leader</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="39" />
        <source>Cho ý kiến chỉ đạo, giao xử lý</source>
        <translation>Instruction and assignment</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="41" />
        <source>Để biết, không phải xử lý</source>
        <translation>For information, no handling</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="42" />
        <source>Ký nhận</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="43" />
        <source>Ghi tiến độ</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="44" />
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="45" />
        <source>Mở lại</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="46" />
        <source>Gia hạn</source>
        <translation>Extended</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="47" />
        <source>Giao lại</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="48" />
        <source>Thu hồi</source>
        <translation>Taken back</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="73" />
        <source>{state}, đúng hạn</source>
        <translation>{state}, on time</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="75" />
        <source>{state}, trễ hạn</source>
        <translation>{state}, late</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="78" />
        <source>{state}, hạn {due}</source>
        <translation>{state}, due {due}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="90" />
        <source>(hạn {due})</source>
        <translation>(due {due})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="96" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="98" />
        <source>Ý kiến chỉ đạo</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="100" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="102" />
        <source>Phối hợp</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="104" />
        <source>trả lời bằng văn bản {symbol}</source>
        <translation>answered by document {symbol}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="108" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="110" />
        <source>Diễn biến</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="138" />
        <source>Xử lý văn bản đến</source>
        <translation>Handling of the incoming document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="139" />
        <source>Mở lại xử lý…</source>
        <translation>Reopen handling…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="140" />
        <source>Lãnh đạo mở lại văn bản đã xử lý (Điều 24, Nghị định 30): người chủ trì xử lý tiếp, lý do được ghi vào diễn biến.</source>
        <translation>A leader reopens a handled document (Decree 30, Article 24): the lead handles it again and the reason is kept in its steps.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="174" />
        <source>Mở lại xử lý</source>
        <translation>Reopen handling</translation>
    </message>
    <message>
        <location filename="../../ui/documents/handling_box.py" line="175" />
        <source>Lý do mở lại văn bản số {number}:</source>
        <translation>Reason for reopening document no. {number}:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="24" />
        <source>Sổ văn bản đến</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="25" />
        <source>Sổ văn bản đi</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="28" />
        <source>Nhập sổ từ Excel</source>
        <translation>Import a register from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="29" />
        <source>Nhập vào sổ nào?</source>
        <translation>Import into which register?</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="31" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="32" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="38" />
        <source>Chọn tệp sổ (Excel hoặc CSV)</source>
        <translation>Choose the register file (Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="40" />
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="56" />
        <source>Đã nhập sổ</source>
        <translation>Register imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/registers/import_dialog.py" line="97" />
        <source>Đã nhập {count} văn bản từ tệp {name}.</source>
        <translation>
            <numerusform>{count} document imported from {name}.</numerusform>
            <numerusform>{count} documents imported from {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="66" />
        <source>Dòng {row}, cột {column}: {reason}</source>
        <translation>Row {row}, column {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="73" />
        <source>Tệp có dòng sai</source>
        <translation>The file has bad rows</translation>
    </message>
    <message>
        <location filename="../../ui/registers/import_dialog.py" line="83" />
        <source>Đang nhập sổ từ tệp {name}…</source>
        <translation>Importing the register from {name}…</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="55" />
        <source>Tệp quét</source>
        <extracomment>Files the scanner is still writing change size; wait this long after the last change.</extracomment>
        <translation>Scan file</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="56" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="57" />
        <source>Chất lượng (Phụ lục I)</source>
        <translation>Quality (Appendix I)</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="58" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="59" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="60" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="102" />
        <source>&amp;Nhận bản quét</source>
        <translation>&amp;Pick up scans</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="105" />
        <source>Nhận ngay các tệp trong thư mục máy quét (việc này cũng tự chạy khi có tệp mới).</source>
        <translation>Pick up the files in the scanner's folder now (this also happens by itself when new files arrive).</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="108" />
        <source>Đăng ký văn bản đến…</source>
        <translation>Register as incoming document…</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="109" />
        <source>Đính kèm vào văn bản…</source>
        <translation>Attach to a document…</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="112" />
        <source>Thư mục máy quét: {path}. Tệp mới được nhận tự động; có thể kéo thả tệp hoặc thư mục vào đây.</source>
        <translation>Scanner folder: {path}. New files are picked up automatically; you can also drag files or folders here.</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="116" />
        <source>Không có bản quét nào đang chờ.</source>
        <translation>No scans are waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="121" />
        <source>Đạt</source>
        <translation>Meets the rules</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="123" />
        <source>Chưa đạt: {reasons}</source>
        <translation>Does not meet the rules: {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="124" />
        <source>Không xác định (không phải ảnh quét)</source>
        <translation>Not applicable (not a scanned image)</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="217" />
        <source>Đang nhận bản quét và đọc chữ trang đầu…</source>
        <translation>Picking up scans and reading their first page…</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="237" />
        <source>Có tệp quét không nhận được</source>
        <translation>Some scan files could not be picked up</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="239" />
        <source>Các tệp sau được chuyển vào thư mục “loi” trong thư mục máy quét:
{lines}</source>
        <translation>These files were moved to the “loi” folder inside the scanner folder:
{lines}</translation>
    </message>
</context>
<context>
    <name>IncomingCorrection</name>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="116" />
        <source>Sửa văn bản đến số {num}/{year}</source>
        <translation>Correct incoming document {num}/{year}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="118" />
        <source>Số đến, năm và sổ không sửa được. Mọi thay đổi được ghi vào nhật ký cùng lý do, giá trị cũ và mới.</source>
        <translation>The arrival number, year and register cannot be changed. Every change is written to the audit log with its reason and the old and new values.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="120" />
        <source>&amp;Lưu sửa đổi (Ctrl+Enter)</source>
        <translation>&amp;Save the correction (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="43" />
        <source>Đăng ký văn bản đến</source>
        <translation>Register an incoming document</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="45" />
        <source>Số đến do phần mềm cấp theo thứ tự nhận trong năm khi bấm Lưu.</source>
        <translation>The arrival number is assigned in order of receipt within the year when you click Save.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="56" />
        <source>V/v triển khai …</source>
        <translation>Re: implementing …</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="66" />
        <source>Ngày đến:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="67" />
        <source>Tác giả (cơ quan ban hành):</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="68" />
        <source>Số, ký hiệu văn bản:</source>
        <translation>Number and notation:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="69" />
        <source>Ngày tháng văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="70" />
        <source>Tên loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="71" />
        <source>Trích yếu nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="72" />
        <source>Đơn vị hoặc người nhận:</source>
        <translation>Receiving unit or person:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="73" />
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="74" />
        <source>Độ mật:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="75" />
        <source>Hạn giải quyết:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="76" />
        <source>Người xử lý:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="77" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="78" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
</context>
<context>
    <name>IntegrityCounts</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/integrity_text.py" line="71" />
        <source>Thiếu {count} tệp trong kho lưu trữ.</source>
        <translation>
            <numerusform>{count} file is missing from the store.</numerusform>
            <numerusform>{count} files are missing from the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/integrity_text.py" line="74" />
        <source>{count} tệp trong kho đã bị thay đổi (sai mã băm).</source>
        <translation>
            <numerusform>{count} stored file was altered (hash mismatch).</numerusform>
            <numerusform>{count} stored files were altered (hash mismatch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/integrity_text.py" line="77" />
        <source>{count} tệp đã ký số không còn nguyên vẹn.</source>
        <translation>
            <numerusform>{count} signed file is no longer intact.</numerusform>
            <numerusform>{count} signed files are no longer intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="20" />
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="21" />
        <source>Khẩn</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="22" />
        <source>Thượng khẩn</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="23" />
        <source>Hỏa tốc</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="26" />
        <source>Không mật</source>
        <translation>Not confidential</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="27" />
        <source>Mật</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="28" />
        <source>Tối mật</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../ui/registers/incoming_form.py" line="29" />
        <source>Tuyệt mật</source>
        <translation>Top secret</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/shell/login.py" line="18" />
        <source>Đăng nhập VănThư</source>
        <translation>Sign in to VănThư</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="28" />
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="29" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="32" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/login.py" line="34" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="210" />
        <source>VănThư — Sổ văn bản</source>
        <translation>VănThư — Document registers</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="212" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="213" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="215" />
        <source>Đăng ký văn bản &amp;đến…</source>
        <translation>Register &amp;incoming document…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="216" />
        <source>Đăng ký văn bản đ&amp;i…</source>
        <translation>Register &amp;outgoing document…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="217" />
        <source>&amp;Nhập sổ từ Excel…</source>
        <translation>I&amp;mport register from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="218" />
        <source>&amp;Lưu sổ ra PDF…</source>
        <translation>&amp;Save register as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="219" />
        <source>&amp;Xem trước khi in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="220" />
        <source>&amp;In sổ…</source>
        <translation>&amp;Print register…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="221" />
        <source>&amp;Thiết lập…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="222" />
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="223" />
        <source>&amp;Tìm trong sổ</source>
        <translation>&amp;Find in register</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="224" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="225" />
        <source>&amp;Mở văn bản đang chọn</source>
        <translation>Open the selected &amp;document</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="236" />
        <source>Người dùng: {name} ({roles})</source>
        <translation>User: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="293" />
        <source>Đã đăng ký văn bản đến số {number}: {symbol}.</source>
        <translation>Incoming document registered as number {number}: {symbol}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="297" />
        <source>Đã đăng ký văn bản đi số {symbol}.</source>
        <translation>Outgoing document registered as {symbol}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="300" />
        <source>Có thể trùng văn bản</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="353" />
        <source>Đang hiện sổ năm {year}, năm của các văn bản vừa nhập.</source>
        <translation>Showing the {year} register, the year of the documents just imported.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="371" />
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="372" />
        <source>Còn công việc đang chạy. Vẫn thoát chương trình?</source>
        <translation>Work is still running. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/screen.py" line="58" />
        <source>{panel} (Ctrl+{n})</source>
        <translation>{panel} (Ctrl+{n})</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../ui/kit/messages.py" line="91" />
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/kit/messages.py" line="96" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/kit/messages.py" line="139" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/kit/messages.py" line="142" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/kit/messages.py" line="157" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/kit/messages.py" line="158" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../ui/kit/months.py" line="11" />
        <source>Tháng 1</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="12" />
        <source>Tháng 2</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="13" />
        <source>Tháng 3</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="14" />
        <source>Tháng 4</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="15" />
        <source>Tháng 5</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="16" />
        <source>Tháng 6</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="17" />
        <source>Tháng 7</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="18" />
        <source>Tháng 8</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="19" />
        <source>Tháng 9</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="20" />
        <source>Tháng 10</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="21" />
        <source>Tháng 11</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../ui/kit/months.py" line="22" />
        <source>Tháng 12</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="68" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="82" />
        <source>&amp;Loại văn bản:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="83" />
        <source>&amp;Trích yếu:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="84" />
        <source>&amp;Người ký:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="85" />
        <source>Đơn vị soạn thảo:</source>
        <translation>Drafting unit:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="86" />
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="87" />
        <source>Tệp PDF dự thảo:</source>
        <translation>Draft PDF file:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="89" />
        <source>&amp;Tạo dự thảo</source>
        <translation>&amp;Create draft</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="92" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="99" />
        <source>Dự thảo mới</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="103" />
        <source>Chọn tệp PDF dự thảo</source>
        <translation>Choose the draft PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="104" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/dialogs.py" line="112" />
        <source>Chọn tệp PDF dự thảo.</source>
        <translation>Choose the draft PDF file.</translation>
    </message>
</context>
<context>
    <name>OcrStatus</name>
    <message numerus="yes">
        <location filename="../../ui/digitise/ocr_status.py" line="69" />
        <source>Nhận dạng chữ: còn {count} bản quét</source>
        <translation>
            <numerusform>Text recognition: {count} scan left</numerusform>
            <numerusform>Text recognition: {count} scans left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/digitise/ocr_status.py" line="73" />
        <source>Chữ trong bản quét đang được nhận dạng để tìm kiếm được; việc đăng ký văn bản không phải chờ.</source>
        <translation>The text of scans is being recognised so that it can be searched; registering documents does not wait for it.</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/ocr_status.py" line="118" />
        <source>Đang nhận dạng chữ trong bản quét…</source>
        <translation>Recognising the text of the scans…</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../ui/shell/wizard.py" line="65" />
        <source>Thông tin cơ quan</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="66" />
        <source>Tên viết tắt dùng trong ký hiệu văn bản đi, ví dụ 15/QĐ-UBND.</source>
        <translation>The short name is used in the notation of outgoing documents, e.g. 15/QĐ-UBND.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="70" />
        <source>Ủy ban nhân dân xã Bình Phú</source>
        <translation>People’s Committee of Bình Phú commune</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="72" />
        <source>Bình Phú</source>
        <translation>Bình Phú</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="75" />
        <source>UBND tỉnh …</source>
        <translation>Provincial People’s Committee of …</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="84" />
        <source>Tên cơ quan:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="85" />
        <source>Tên viết tắt (ký hiệu):</source>
        <translation>Short name (notation):</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="86" />
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="87" />
        <source>Mã định danh:</source>
        <translation>Agency code:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="88" />
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
</context>
<context>
    <name>OutgoingCorrection</name>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="133" />
        <source>Sửa văn bản đi {symbol}</source>
        <translation>Correct outgoing document {symbol}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="134" />
        <source>Số, ký hiệu, năm và sổ không sửa được. Mọi thay đổi được ghi vào nhật ký cùng lý do, giá trị cũ và mới.</source>
        <translation>The number and notation, year and register cannot be changed. Every change is written to the audit log with its reason and the old and new values.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/edit_form.py" line="136" />
        <source>&amp;Lưu sửa đổi (Ctrl+Enter)</source>
        <translation>&amp;Save the correction (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>OutgoingDialog</name>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="23" />
        <source>Đăng ký văn bản đi</source>
        <translation>Register an outgoing document</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="26" />
        <source>Số và ký hiệu (ví dụ 15/QĐ-UBND) do phần mềm cấp liên tục trong năm khi bấm Lưu.</source>
        <translation>The number and notation (e.g. 15/QĐ-UBND) are assigned consecutively within the year when you click Save.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="33" />
        <source>V/v tổ chức hội nghị …</source>
        <translation>Re: organising a meeting …</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="36" />
        <source>Chủ tịch</source>
        <translation>Chairperson</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="41" />
        <source>Lưu: VT, VP</source>
        <translation>Filed: VT, VP</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="50" />
        <source>Ngày tháng văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="51" />
        <source>Tên loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="52" />
        <source>Trích yếu nội dung:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="53" />
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="54" />
        <source>Chức vụ người ký:</source>
        <translation>Signer’s title:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="55" />
        <source>Đơn vị soạn thảo (viết tắt):</source>
        <translation>Drafting unit (abbreviation):</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="56" />
        <source>Nơi nhận văn bản:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="57" />
        <source>Đơn vị, người nhận bản lưu:</source>
        <translation>Filed copy kept by:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="58" />
        <source>Số lượng bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="59" />
        <source>Độ khẩn:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="60" />
        <source>Độ mật:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="61" />
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/outgoing_form.py" line="62" />
        <source>Tệp đính kèm:</source>
        <translation>Attached files:</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ui/registers/panel.py" line="353" />
        <location filename="../../ui/shell/navigation.py" line="29" />
        <source>Văn bản đến</source>
        <extracomment>The navigation, top to bottom: the same keys, titles, icons (and the module of each factory) as ``ui.shell.panels.PANELS``.</extracomment>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="356" />
        <location filename="../../ui/shell/navigation.py" line="31" />
        <source>Văn bản đi</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_panel.py" line="358" />
        <location filename="../../ui/shell/navigation.py" line="47" />
        <source>Nhật ký</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="416" />
        <location filename="../../ui/shell/navigation.py" line="45" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/dossiers/panel.py" line="376" />
        <location filename="../../ui/shell/navigation.py" line="41" />
        <source>Hồ sơ một cửa</source>
        <translation>One-stop dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/inbox_panel.py" line="301" />
        <location filename="../../ui/shell/navigation.py" line="33" />
        <source>Bản quét chờ xử lý</source>
        <translation>Pending scans</translation>
    </message>
    <message>
        <location filename="../../ui/interchange/panel.py" line="302" />
        <location filename="../../ui/shell/navigation.py" line="39" />
        <source>Văn bản điện tử đến</source>
        <translation>Electronic documents in</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="390" />
        <location filename="../../ui/shell/navigation.py" line="35" />
        <source>Văn bản cần xử lý</source>
        <translation>Documents to handle</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/panel.py" line="319" />
        <location filename="../../ui/shell/navigation.py" line="37" />
        <source>Dự thảo</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/casefiles/panel.py" line="374" />
        <location filename="../../ui/shell/navigation.py" line="43" />
        <source>Hồ sơ</source>
        <translation>Case files</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="154" />
        <source>Đặt lại mật khẩu</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="157" />
        <source>Mật khẩu mới cho tài khoản {user}:</source>
        <translation>New password for the account {user}:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="160" />
        <source>Đặt mật khẩu</source>
        <translation>Set the password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="160" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="184" />
        <source>Đang đặt mật khẩu…</source>
        <translation>Setting the password…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/kit/pdf_preview.py" line="189" />
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/kit/pdf_preview.py" line="190" />
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/kit/pdf_preview.py" line="191" />
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/kit/pdf_preview.py" line="192" />
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/kit/pdf_preview.py" line="193" />
        <source>Vừa khung</source>
        <translation>Fit width</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kit/pdf_preview.py" line="244" />
        <source>/ {count} trang</source>
        <translation>
            <numerusform>of {count} page</numerusform>
            <numerusform>of {count} pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingIncomingDialog</name>
    <message>
        <location filename="../../ui/digitise/pending_form.py" line="36" />
        <source>Đăng ký văn bản đến từ bản quét {name}</source>
        <translation>Register incoming document from scan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/pending_form.py" line="40" />
        <source>Các ô đã điền sẵn theo chữ đọc được trên trang đầu của bản quét; hãy kiểm tra và sửa trước khi lưu. Số đến do phần mềm cấp khi bấm Lưu.</source>
        <translation>The fields are filled in from the text read on the scan's first page; check and correct them before saving. The arrival number is assigned when you press Save.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/registers/model.py" line="61" />
        <source>(văn bản mật — không có quyền xem)</source>
        <translation>(secret document — no access)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="72" />
        <source>ĐÃ HỦY: {reason}</source>
        <translation>CANCELLED: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="81" />
        <source>Ngày đến</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="85" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="86" />
        <source>Tác giả</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="87" />
        <location filename="../../ui/registers/model.py" line="106" />
        <source>Số, ký hiệu văn bản</source>
        <translation>Number and notation</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="89" />
        <location filename="../../ui/registers/model.py" line="109" />
        <source>Ngày tháng văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="94" />
        <location filename="../../ui/registers/model.py" line="114" />
        <source>Tên loại và trích yếu nội dung</source>
        <translation>Type and subject</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="97" />
        <source>Đơn vị hoặc người nhận</source>
        <translation>Receiving unit or person</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="101" />
        <location filename="../../ui/registers/model.py" line="127" />
        <source>Ngày chuyển</source>
        <translation>Date passed on</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="102" />
        <location filename="../../ui/registers/model.py" line="128" />
        <source>Ký nhận</source>
        <translation>Receipt signature</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="103" />
        <location filename="../../ui/registers/model.py" line="129" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="116" />
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="118" />
        <source>Nơi nhận văn bản</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="121" />
        <source>Đơn vị, người nhận bản lưu</source>
        <translation>Filed copy kept by</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="124" />
        <source>Số lượng bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="146" />
        <source>Văn bản {level}: bạn không có quyền xem nội dung. Quản trị viên cấp quyền theo vai trò hoặc tài khoản; người xử lý và người đăng ký luôn xem được.</source>
        <translation>{level} document: you may not see its content. The administrator grants access by role or account; its handlers and the person who registered it always may.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="269" />
        <source>(không tải được dòng này)</source>
        <translation>(this row could not be loaded)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="285" />
        <source>Có tệp đã ký số</source>
        <translation>Has a digitally signed file</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="286" />
        <source>Có tệp đính kèm</source>
        <translation>Has attached files</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="322" />
        <source>Độ khẩn: {label}</source>
        <translation>Urgency: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="328" />
        <source>Quá hạn giải quyết ({date})</source>
        <translation>Overdue (due {date})</translation>
    </message>
    <message>
        <location filename="../../ui/registers/model.py" line="333" />
        <source>Đã hủy đăng ký</source>
        <translation>Registration cancelled</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../ui/registers/panel.py" line="48" />
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="49" />
        <source>Khẩn, thượng khẩn, hỏa tốc</source>
        <translation>Urgent, very urgent, immediate</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="50" />
        <source>Quá hạn giải quyết</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="51" />
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="52" />
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="53" />
        <source>Đã xử lý</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="54" />
        <source>Đã ký, chờ phát hành</source>
        <translation>Signed, awaiting issue</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="55" />
        <source>Đã phát hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="56" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="162" />
        <source>Số, ký hiệu, cơ quan, trích yếu… (gõ không dấu cũng được)</source>
        <translation>Number, body, subject… (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="164" />
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="165" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="166" />
        <source>Tình t&amp;rạng:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="167" />
        <location filename="../../ui/registers/panel.py" line="190" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="172" />
        <source>Chú giải: chữ đỏ đậm có biểu tượng (!) là văn bản khẩn; nền cam có biểu tượng đồng hồ là văn bản quá hạn giải quyết; chữ gạch ngang là đăng ký đã hủy.</source>
        <translation>Key: bold red text with the (!) icon is urgent; an orange background with the clock icon is overdue; struck-through text is a cancelled registration.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="276" />
        <source>&amp;Mở văn bản</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="278" />
        <source>&amp;Sửa thông tin đã đăng ký… (F2)</source>
        <translation>&amp;Correct what was registered… (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="296" />
        <location filename="../../ui/registers/panel.py" line="300" />
        <source>Không sửa được</source>
        <translation>Cannot be corrected</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="297" />
        <source>Văn bản này đã bị hủy đăng ký; không sửa được.</source>
        <translation>This document's registration is cancelled; it cannot be corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="301" />
        <source>Bạn không có quyền xem nội dung văn bản mật này; không sửa được.</source>
        <translation>You may not see the content of this secret document, so it cannot be corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/registers/panel.py" line="327" />
        <source>Đang hiện {shown} dòng · Tổng {total} văn bản · Khẩn: {urgent} · Quá hạn: {overdue} · Đã hủy: {cancelled}</source>
        <translation>Rows shown: {shown} · Documents in all: {total} · Urgent: {urgent} · Overdue: {overdue} · Cancelled: {cancelled}</translation>
    </message>
</context>
<context>
    <name>RegisterPrinter</name>
    <message>
        <location filename="../../ui/kit/printing.py" line="89" />
        <source>Đang dựng sổ năm {year} để in…</source>
        <translation>Preparing the {year} register for printing…</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printing.py" line="98" />
        <source>Xem trước khi in sổ</source>
        <translation>Register print preview</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printing.py" line="109" />
        <source>In sổ</source>
        <translation>Print register</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printing.py" line="124" />
        <source>Lưu sổ ra PDF</source>
        <translation>Save register as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printing.py" line="126" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/kit/printing.py" line="140" />
        <source>Đã lưu sổ</source>
        <translation>Register saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kit/printing.py" line="141" />
        <source>Đã lưu {rows} dòng, {pages} trang vào {path}.</source>
        <translation>
            <numerusform>Saved {rows} row (pages: {pages}) to {path}.</numerusform>
            <numerusform>Saved {rows} rows (pages: {pages}) to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kit/printing.py" line="149" />
        <source>Đang lưu sổ năm {year} ra PDF…</source>
        <translation>Saving the {year} register as PDF…</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../ui/registers/form_base.py" line="99" />
        <source>&amp;Lưu (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/registers/form_base.py" line="100" />
        <source>Hủy bỏ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="68" />
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="69" />
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="70" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="71" />
        <source>Chương trình Tesseract OCR:</source>
        <translation>Tesseract OCR program:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="72" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="75" />
        <source>Để trống: tự tìm (đang dùng {path})</source>
        <translation>Empty: found by itself (now {path})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="76" />
        <source>Để trống: tự tìm (chưa tìm thấy Tesseract)</source>
        <translation>Empty: found by itself (Tesseract not found)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="79" />
        <source>Ngôn ngữ mới có hiệu lực ngay. Sổ in ra vẫn theo mẫu tiếng Việt của Nghị định 30/2020/NĐ-CP.</source>
        <translation>The new language takes effect at once. Printed registers keep the Vietnamese layout of Decree 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="83" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="84" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="92" />
        <source>Chọn chương trình Tesseract</source>
        <translation>Choose the Tesseract program</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/shell/wizard.py" line="162" />
        <source>Thiết lập VănThư lần đầu</source>
        <translation>First-time setup of VănThư</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="164" />
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="165" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="166" />
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/shell/wizard.py" line="167" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="56" />
        <source>Người có thẩm quyền ký (lãnh đạo)</source>
        <translation>Competent signer (leader)</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="57" />
        <source>Chữ ký số của cơ quan (văn thư)</source>
        <translation>Organisation signature (clerk)</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="58" />
        <source>Sao y bản số hóa (chữ ký số của cơ quan)</source>
        <translation>Certified copy of a digitised paper (organisation signature)</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="170" />
        <source>Ký số văn bản {symbol}</source>
        <translation>Sign document {symbol}</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="172" />
        <source>Ký với &amp;tư cách:</source>
        <translation>Sign &amp;as:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="173" />
        <source>Khóa ký:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="174" />
        <source>Tệp khóa ký (.p12, .pfx):</source>
        <translation>Key file (.p12, .pfx):</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="175" />
        <source>Khóa trên thiết bị:</source>
        <translation>Key on the token:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="176" />
        <source>Thư viện PKCS#11 của thiết bị:</source>
        <translation>Token PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="177" />
        <source>Tên thiết bị ký số (token):</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="178" />
        <source>Mã khóa (key id, hệ 16):</source>
        <translation>Key id (hexadecimal):</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="179" />
        <source>hoặc nhãn khóa (key label):</source>
        <translation>or key label:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="180" />
        <source>Ảnh chữ ký (PNG nền trong suốt):</source>
        <translation>Signature image (transparent PNG):</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="181" />
        <source>&amp;Mã PIN hoặc mật khẩu:</source>
        <translation>&amp;PIN or password:</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="184" />
        <source>Ảnh con dấu (PNG nền trong suốt):</source>
        <translation>Seal image (transparent PNG):</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="70" />
        <source>Tệp khóa PKCS#12</source>
        <translation>PKCS#12 key file</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="72" />
        <source>Thiết bị ký số USB (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="73" />
        <location filename="../../ui/signatures/sign_dialog.py" line="190" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="74" />
        <source>Tìm lại</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="191" />
        <source>Để trống: dùng ảnh đã đặt cho tài khoản/cơ quan</source>
        <translation>Leave empty to use the image set for the account/organisation</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="193" />
        <source>Chỉ dùng cho một lần ký này; không được lưu hay ghi vào nhật ký.</source>
        <translation>Used for this signature only; never stored or logged.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="195" />
        <source>&amp;Ký số</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="196" />
        <source>Hủy bỏ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="101" />
        <source>{token} (số sê-ri {serial}) — {holder}, hiệu lực {start} đến {end}</source>
        <translation>{token} (serial {serial}) — {holder}, valid {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="107" />
        <source> — không còn hiệu lực</source>
        <translation> — not valid now</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="110" />
        <source>Nhập đường dẫn thư viện PKCS#11…</source>
        <translation>Type the path of a PKCS#11 library…</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="112" />
        <source>Không tìm thấy thiết bị ký số; nhập đường dẫn thư viện PKCS#11…</source>
        <translation>No token found; type the path of a PKCS#11 library…</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="254" />
        <source>Văn bản chưa có tệp PDF để ký.</source>
        <translation>The document has no PDF file to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="157" />
        <source>Chọn tệp khóa ký</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="158" />
        <source>Tệp khóa ký (*.p12 *.pfx);;Mọi tệp (*)</source>
        <translation>Key files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="276" />
        <source>Chọn ảnh</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="276" />
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/placement.py" line="23" />
        <source>Chữ ký sao y đặt ở góc trên bên phải trang đầu (không có ảnh).</source>
        <translation>A copy signature goes at the top right of the first page (no image).</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/placement.py" line="27" />
        <source>Không tìm thấy khối chữ ký (chức vụ, họ tên) trên văn bản. Hãy bấm vào trang ở chỗ cần đặt chữ ký.</source>
        <translation>No signer block (title, name) was found in the document. Click on the page where the signature should go.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/placement.py" line="33" />
        <source>Vị trí ký: tự động, giữa dòng chức vụ và dòng họ tên người ký. Bấm vào trang để chọn chỗ khác.</source>
        <translation>Signature place: automatic, between the signer's title and name lines. Click on the page to choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/placement.py" line="39" />
        <source>Vị trí ký: trang {page}, cách mép trái {x} pt, cách mép dưới {y} pt. Bấm vào trang để đổi.</source>
        <translation>Signature place: page {page}, {x} pt from the left edge, {y} pt from the bottom edge. Click on the page to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/key_choice.py" line="143" />
        <source>Mã khóa phải viết ở hệ 16, ví dụ a1 hoặc 0a1b.</source>
        <translation>The key id must be hexadecimal, e.g. a1 or 0a1b.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="324" />
        <source>Không đọc được tệp ảnh {path}.</source>
        <translation>The image file {path} could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/signatures/sign_dialog.py" line="343" />
        <source>Đang ký số văn bản… Nếu dùng thiết bị ký số, đừng rút thiết bị ra.</source>
        <translation>Signing the document… If you use a USB token, do not unplug it.</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../../ui/processing/slip.py" line="25" />
        <source>Phiếu giải quyết văn bản đến — văn bản {id}</source>
        <translation>Incoming document handling slip — document {id}</translation>
    </message>
    <message>
        <location filename="../../ui/processing/slip.py" line="30" />
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/slip.py" line="32" />
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/slip.py" line="34" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/processing/slip.py" line="55" />
        <source>Lưu phiếu thành PDF</source>
        <translation>Save the slip as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/processing/slip.py" line="56" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="65" />
        <source>Mười hai tháng gần nhất</source>
        <translation>The last twelve months</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="68" />
        <source>Văn bản đến</source>
        <translation>Incoming documents</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="69" />
        <source>Văn bản đi</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="81" />
        <source>Tỷ lệ văn bản đến được số hóa (%)</source>
        <translation>Incoming documents digitised (%)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="83" />
        <source>Tỷ lệ văn bản đi phát hành trên phần mềm (%)</source>
        <translation>Outgoing documents issued through the software (%)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="103" />
        <source>Số văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="108" />
        <source>Tỷ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/trend_chart.py" line="126" />
        <source>Tháng {month}/{year}: {incoming} văn bản đến, {digitized} được số hóa ({ratio_in}); {outgoing} văn bản đi, {issued} phát hành trên phần mềm ({ratio_out}).</source>
        <translation>{month}/{year}: incoming {incoming}, digitised {digitized} ({ratio_in}); outgoing {outgoing}, issued through the software {issued} ({ratio_out}).</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="195" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="196" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="197" />
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="198" />
        <source>Vai trò</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="199" />
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="208" />
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="218" />
        <source>Thêm tài khoản…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="219" />
        <source>Vô hiệu hóa</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="220" />
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset the password…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="221" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="249" />
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="249" />
        <source>Đã vô hiệu hóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="289" />
        <source>Đã đặt lại mật khẩu</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="291" />
        <source>Đã đặt mật khẩu mới cho tài khoản {user}. Hãy báo cho người dùng và đề nghị họ tự đổi mật khẩu.</source>
        <translation>A new password was set for the account {user}. Tell the person and ask them to change it themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="302" />
        <source>Vô hiệu hóa tài khoản</source>
        <translation>Disable the account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="304" />
        <source>Vô hiệu hóa tài khoản {user}? Người này sẽ không đăng nhập được nữa; nhật ký và văn bản của họ vẫn được giữ.</source>
        <translation>Disable the account {user}? The person will no longer be able to log in; their log entries and documents are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_dialog.py" line="317" />
        <source>Đang vô hiệu hóa tài khoản…</source>
        <translation>Disabling the account…</translation>
    </message>
</context>
<context>
    <name>WorkModel</name>
    <message>
        <location filename="../../ui/processing/model.py" line="31" />
        <source>Số đến</source>
        <translation>Arrival no.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="32" />
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="33" />
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="34" />
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="35" />
        <source>Hạn xử lý</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="36" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="82" />
        <source>{state} — quá hạn</source>
        <translation>{state} — overdue</translation>
    </message>
    <message>
        <location filename="../../ui/processing/model.py" line="85" />
        <source>{state} — sắp đến hạn</source>
        <translation>{state} — due soon</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <location filename="../../ui/processing/panel.py" line="74" />
        <source>Chờ cho ý kiến</source>
        <translation>Waiting for instruction</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="76" />
        <source>Người xử lý đang giữ</source>
        <translation>Held by handlers</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="77" />
        <source>Đang giao xử lý</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="78" />
        <source>Chủ trì xử lý</source>
        <translation>Leading</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="79" />
        <source>Phối hợp</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="81" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="157" />
        <source>&amp;Trình lãnh đạo…</source>
        <translation>&amp;Submit to the leader…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="158" />
        <source>Trình &amp;văn bản gửi Chủ tịch</source>
        <translation>Submit documents addressed to the &amp;chairperson</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="159" />
        <source>&amp;Giao xử lý…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="160" />
        <source>&amp;Ký nhận</source>
        <translation>Ac&amp;knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="161" />
        <source>&amp;Hoàn thành…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="162" />
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="163" />
        <source>In &amp;phiếu giải quyết…</source>
        <translation>&amp;Print the handling slip…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="164" />
        <source>Gia &amp;hạn…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="165" />
        <source>Giao &amp;lại…</source>
        <translation>Re&amp;assign…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="166" />
        <source>Thu &amp;hồi…</source>
        <translation>&amp;Take back…</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="167" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="169" />
        <source>Người xử lý</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="169" />
        <source>Đang giữ</source>
        <translation>Holding</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="169" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="170" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="208" />
        <source>Văn bản quá hạn: {overdue}; sắp đến hạn: {soon}</source>
        <translation>Documents overdue: {overdue}; due soon: {soon}</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="246" />
        <source>Số đến {number}/{year} — {symbol}: {subject}</source>
        <translation>Arrival no. {number}/{year} — {symbol}: {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="270" />
        <source>Đã giao xử lý văn bản.</source>
        <translation>The document was assigned.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="282" />
        <source>Đã gia hạn xử lý văn bản.</source>
        <translation>The deadline was extended.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="283" />
        <source>Đã giao lại người xử lý.</source>
        <translation>The handlers were changed.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="304" />
        <source>Thu hồi văn bản</source>
        <translation>Take the document back</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="305" />
        <source>Lý do thu hồi văn bản đã giao:</source>
        <translation>Reason for taking the document back:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="314" />
        <source>Đã thu hồi văn bản; văn bản chờ cho ý kiến lại.</source>
        <translation>The document was taken back; it waits for a new instruction.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="321" />
        <source>Đã hoàn thành xử lý văn bản.</source>
        <translation>The document's handling was completed.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="334" />
        <source>Đã ký nhận văn bản.</source>
        <translation>The document was acknowledged.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="337" />
        <source>Trình lãnh đạo</source>
        <translation>Submit to the leader</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="338" />
        <source>Mã văn bản đến cần trình:</source>
        <translation>Id of the incoming document to submit:</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="344" />
        <source>Mã văn bản phải là số: “{value}”.</source>
        <translation>The document id must be a number: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../ui/processing/panel.py" line="350" />
        <source>Đã trình văn bản lên lãnh đạo.</source>
        <translation>The document was submitted to the leader.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/processing/panel.py" line="360" />
        <source>Đã trình {count} văn bản gửi Chủ tịch.</source>
        <translation>
            <numerusform>Submitted {count} document addressed to the chairperson.</numerusform>
            <numerusform>Submitted {count} documents addressed to the chairperson.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/processing/panel.py" line="377" />
        <source>Nhắc việc: {overdue} văn bản quá hạn và {soon} văn bản sắp đến hạn xử lý (trong 2 ngày làm việc).</source>
        <translation>
            <numerusform>Reminder: {overdue} document overdue and {soon} due soon (within 2 working days).</numerusform>
            <numerusform>Reminder: {overdue} documents overdue and {soon} due soon (within 2 working days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/kit/errors.py" line="55" />
        <source>Không có quyền</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/kit/errors.py" line="62" />
        <source>Nếu lỗi còn lặp lại, hãy gửi tệp nhật ký vanthu.log trong thư mục dữ liệu cho cán bộ kỹ thuật.</source>
        <translation>If this keeps happening, send the log file vanthu.log from the data folder to your technician.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/errors.py" line="68" />
        <source>Có sự cố</source>
        <translation>A problem occurred</translation>
    </message>
    <message>
        <location filename="../../ui/kit/errors.py" line="73" />
        <source>Chưa thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/kit/errors.py" line="107" />
        <source>Lỗi chương trình</source>
        <extracomment>The exit code of a window that met a bug with nobody to see it (EX_SOFTWARE).</extracomment>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../ui/kit/errors.py" line="108" />
        <source>Chương trình gặp lỗi không lường trước. Công việc đang làm có thể chưa được lưu. Hãy gửi phần “Chi tiết” và tệp vanthu.log cho cán bộ kỹ thuật.</source>
        <translation>The program met an unexpected error. The work in progress may not have been saved. Send the “Details” part and the file vanthu.log to your technician.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../ui/kit/worker.py" line="233" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kit/worker.py" line="235" />
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
</context>
</TS>
