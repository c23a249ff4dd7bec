"""Signing errors: a machine code for the app, English details for the technician."""

from __future__ import annotations

MESSAGES_VI: dict[str, str] = {
    "wrong_pin": (
        "Mã PIN hoặc mật khẩu không đúng. Không thử lại để tránh khóa thiết bị ký số."
    ),
    "pin_locked": "Thiết bị ký số đã bị khóa mã PIN. Liên hệ đơn vị cấp chứng thư số.",
    "cert_expired": "Chứng thư số đã hết hạn tại thời điểm ký.",
    "cert_not_yet_valid": "Chứng thư số chưa có hiệu lực tại thời điểm ký.",
    "no_signing_key_usage": "Chứng thư số không được phép dùng để ký số.",
    "encrypted_pdf": "Tệp PDF được mã hóa bằng mật khẩu; không thể ký.",
    "broken_pdf": "Tệp PDF bị hỏng hoặc không đọc được; không thể ký.",
    "hybrid_xref": (
        "Tệp PDF có cấu trúc tham chiếu lai (hybrid xref) không an toàn để ký. "
        "Hãy in lại ra PDF rồi ký."
    ),
    "certified_no_changes": (
        "Tệp PDF đã được chứng thực không cho phép thay đổi; không thể ký thêm."
    ),
    "token_not_found": "Không tìm thấy thiết bị ký số (USB token). Kiểm tra thiết bị đã cắm.",
    "key_not_found": "Không tìm thấy khóa ký hoặc chứng thư số trên thiết bị ký số.",
    "keystore_unreadable": "Không đọc được tệp khóa ký (PKCS#12).",
    "no_signature_place": (
        "Không xác định được vị trí ký trên văn bản. Hãy chọn vị trí ký."
    ),
    "no_signer_signature": (
        "Văn bản chưa có chữ ký của người có thẩm quyền; chưa thể ký số của cơ quan."
    ),
    "bad_image": "Ảnh chữ ký hoặc ảnh con dấu không hợp lệ (cần tệp PNG).",
    "bad_request": "Yêu cầu ký không hợp lệ.",
    "signing_failed": "Ký số không thành công.",
    "verify_failed": "Không kiểm tra được chữ ký số trong tệp PDF.",
    "no_trust_roots": (
        "Chưa nhập chứng thư gốc tin cậy nào nên không kiểm tra được chứng thư số; quản trị "
        "viên nhập bằng “vanthu trust add TỆP” trước khi ký."
    ),
    "cert_revoked": (
        "Chứng thư số đã bị thu hồi (có trong danh sách thu hồi đã nhập); không được ký."
    ),
    "cert_untrusted": (
        "Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp (không nối được "
        "tới chứng thư gốc đã nhập); không được ký."
    ),
    "cert_invalid": "Chứng thư số không hợp lệ; không được ký.",
}


class SigningError(Exception):
    """A refusal or failure while signing or verifying.

    ``code`` is a stable machine code (a key of :data:`MESSAGES_VI`);
    ``details`` is English text for logs and the technician. PINs never appear in either.
    """

    def __init__(self, code: str, details: str = "") -> None:
        super().__init__(f"{code}: {details}" if details else code)
        self.code = code
        self.details = details

    @property
    def message_vi(self) -> str:
        """The Vietnamese sentence for the person at the screen."""
        return MESSAGES_VI.get(self.code, MESSAGES_VI["signing_failed"])
