"""The package's XML signature: valid, weak (SHA-1), invalid after a change, absent, not
trusted without the root, and invalid when it covers only part of the package."""

from __future__ import annotations

from lxml import etree

from desktop.interchange import xmlsig
from desktop.interchange.envelope import NS
from desktop.interchange.parser import load_root
from desktop.interchange.writer import package_tree, serialise
from tests.interchange.edxml_helpers import EdxmlPki, cong_van, package_bytes


def test_the_four_results(pki: EdxmlPki) -> None:
    pkg = cong_van(pdf=b"%PDF-1.4\n")
    roots = [pki.ca.cert_pem]
    valid = xmlsig.verify(load_root(package_bytes(pkg, pki.signer())), roots)
    assert (valid.status, valid.trusted) == ("valid", True)
    assert "CN=UBND huyện Bình Sơn" in valid.subject and "Test Root CA" in valid.issuer
    assert xmlsig.verify(load_root(package_bytes(pkg, pki.signer())), []).trusted is False
    weak = xmlsig.verify(load_root(package_bytes(pkg, pki.signer(), sha1=True)), roots)
    assert weak.status == "weak" and "sha1" in weak.algorithm
    changed = package_bytes(pkg, pki.signer()).replace(b"<edXML:PageAmount>2<",
                                                       b"<edXML:PageAmount>3<")
    assert xmlsig.verify(load_root(changed), roots).status == "invalid"
    assert xmlsig.verify(load_root(package_bytes(pkg)), roots).status == "absent"


def test_a_signature_over_part_of_the_package_is_invalid(pki: EdxmlPki) -> None:
    from signxml import XMLSigner

    root = package_tree(cong_van(pdf=b"%PDF-1.4\n"))
    header = root.find(f"{{{NS}}}edXMLHeader/{{{NS}}}MessageHeader")
    assert header is not None
    header.set("Id", "hdr")
    key = pki.district.key
    signed = XMLSigner().sign(root, key=key, cert=[pki.district.cert], reference_uri="#hdr")
    data = serialise(signed)
    # the header checks out, but attachments and trace outside it are unprotected: not "valid"
    other = etree.fromstring(data)
    sig_ok = xmlsig.verify(other, [pki.ca.cert_pem])
    assert sig_ok.status == "invalid" and "not the whole package" in sig_ok.details
