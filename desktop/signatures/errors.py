"""Signing refusals (:class:`signing.errors.SigningError`) as the app's own errors: the Vietnamese
message for the person, the details for the log, and whether it is the person's input or the
machine."""

from __future__ import annotations

from desktop.core.errors import EnvironmentProblem, UserError, VanThuError
from desktop.core.i18n import N_, _
from signing.errors import SigningError

# SigningError codes that are about the machine or the device, not the person's input
_ENVIRONMENT_CODES = frozenset({"token_not_found", "pin_locked", "signing_failed"})
_FIELDS = {
    "wrong_pin": "pin",
    "no_signature_place": "place",
    "bad_image": "image",
    "keystore_unreadable": "key",
    "key_not_found": "key",
    "cert_expired": "key",
    "cert_not_yet_valid": "key",
    "no_signing_key_usage": "key",
    "encrypted_pdf": "file",
    "broken_pdf": "file",
    "hybrid_xref": "file",
    "certified_no_changes": "file",
    "no_trust_roots": "key",
    "cert_revoked": "key",
    "cert_untrusted": "key",
    "cert_invalid": "key",
}


# signing.errors.MESSAGES_VI, marked for the message catalogue: they are translated at
# display through _(exc.message_vi); a test keeps this list equal to the library's.
SIGNING_MESSAGES = (
    N_("Mã PIN hoặc mật khẩu không đúng. Không thử lại để tránh khóa thiết bị ký số."),
    N_("Thiết bị ký số đã bị khóa mã PIN. Liên hệ đơn vị cấp chứng thư số."),
    N_("Chứng thư số đã hết hạn tại thời điểm ký."),
    N_("Chứng thư số chưa có hiệu lực tại thời điểm ký."),
    N_("Chứng thư số không được phép dùng để ký số."),
    N_("Tệp PDF được mã hóa bằng mật khẩu; không thể ký."),
    N_("Tệp PDF bị hỏng hoặc không đọc được; không thể ký."),
    N_(
        "Tệp PDF có cấu trúc tham chiếu lai (hybrid xref) không an toàn để ký. Hãy in lại "
        "ra PDF rồi ký."
    ),
    N_("Tệp PDF đã được chứng thực không cho phép thay đổi; không thể ký thêm."),
    N_("Không tìm thấy thiết bị ký số (USB token). Kiểm tra thiết bị đã cắm."),
    N_("Không tìm thấy khóa ký hoặc chứng thư số trên thiết bị ký số."),
    N_("Không đọc được tệp khóa ký (PKCS#12)."),
    N_("Không xác định được vị trí ký trên văn bản. Hãy chọn vị trí ký."),
    N_("Văn bản chưa có chữ ký của người có thẩm quyền; chưa thể ký số của cơ quan."),
    N_("Ảnh chữ ký hoặc ảnh con dấu không hợp lệ (cần tệp PNG)."),
    N_("Yêu cầu ký không hợp lệ."),
    N_("Ký số không thành công."),
    N_("Không kiểm tra được chữ ký số trong tệp PDF."),
    N_(
        "Chưa nhập chứng thư gốc tin cậy nào nên không kiểm tra được chứng thư số; quản trị "
        "viên nhập bằng “vanthu trust add TỆP” trước khi ký."
    ),
    N_("Chứng thư số đã bị thu hồi (có trong danh sách thu hồi đã nhập); không được ký."),
    N_(
        "Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp (không nối được "
        "tới chứng thư gốc đã nhập); không được ký."
    ),
    N_("Chứng thư số không hợp lệ; không được ký."),
)


def signing_problem(exc: SigningError) -> VanThuError:
    """The domain error for a signing refusal: Vietnamese for the person, details for the log."""
    message = _(exc.message_vi)
    if exc.code in _ENVIRONMENT_CODES:
        return EnvironmentProblem(message, exc.details, field=_FIELDS.get(exc.code))
    return UserError(message, exc.details, field=_FIELDS.get(exc.code))
