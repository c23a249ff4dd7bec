"""VănThư signing package: pure functions around pyHanko (no Qt, no database).

- ``signing.keys``: ``Pkcs12KeySource``, ``Pkcs11KeySource``, ``close_all``, ``is_logged_in``
- ``signing.appearance``: ``Placement``, ``find_signature_place``, ``vn_time_iso``
- ``signing.sign``: ``sign_pdf``
- ``signing.verify``: ``verify_pdf`` -> ``VerifyReport`` of ``SignatureResult``
- ``signing.errors``: ``SigningError`` (``code``, ``details``, ``message_vi``), ``MESSAGES_VI``
- ``signing.testpki`` / ``signing.samples``: test PKI, SoftHSM2 token, sample images

Submodules are imported on demand so that importing ``signing`` stays cheap.
"""
