"""Readers: every format to clean text, every bad input to one Dutch ReadError line."""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from pathlib import Path

import pytest
from kamerboek.store import messages
from kamerboek.store.readers import ReadError, SourceText, read_source
from kamerboek.store.readers.clean import clean_text, decode_bytes
from kamerboek.store.readers.pdf_reader import rejoin_hyphens, remove_running_lines

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
SAMPLES = Path(__file__).parent.parent / "sample_docs"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_error(path: Path, **kwargs) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_source(path, **kwargs)
    error = info.value
    assert str(error) == f"{path}: {error.reason}"
    assert "\n" not in str(error)
    return error


# --- plain text ------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name[:20])
def test_samples_read_unchanged_except_no_break_spaces(sample: Path) -> None:
    source = read_source(sample)
    raw = sample.read_bytes()
    assert source.format == "txt" and source.encoding == "utf-8"
    assert source.text == raw.decode("utf-8").replace("\xa0", " ")
    assert source.digest == hashlib.sha256(raw).hexdigest()
    assert source.path == sample


@pytest.mark.parametrize("name", ["vragen.txt", "vragen.TEXT", "vragen", "vragen.md"])
def test_text_suffixes(tmp_path: Path, name: str) -> None:
    source = read_source(write(tmp_path, name, "Vraag 1\nIs dit zo?\n\nAntwoord\nJa.\n"))
    assert isinstance(source, SourceText)
    assert source.text == "Vraag 1\nIs dit zo?\n\nAntwoord\nJa.\n"
    assert source.format == "txt"


def test_cp1252_accents_quotes_dash_and_euro(tmp_path: Path) -> None:
    text = "Café‘s “financiële” reïntegratie – €\u00a05 mln. Ÿ"
    path = write(tmp_path, "w.txt", text.encode("cp1252"))
    source = read_source(path)
    assert source.encoding == "cp1252"
    assert source.text == "Café‘s “financiële” reïntegratie – € 5 mln. Ÿ"
    assert source.digest == hashlib.sha256(text.encode("cp1252")).hexdigest()


def test_cp1252_undefined_bytes_are_dropped_not_controls() -> None:
    text, encoding = decode_bytes(b"caf\xe9 \x81\x8d\x8f\x90\x9d \x80")
    assert encoding == "cp1252"
    assert text == "café  €"


def test_utf8_with_a_few_cp1252_bytes_keeps_both(tmp_path: Path) -> None:
    data = "één financiële ".encode() * 20 + b"caf\xe9 \x93citaat\x94"
    source = read_source(write(tmp_path, "mixed.txt", data))
    assert source.encoding == "utf-8+cp1252"
    assert source.text.endswith("één financiële café “citaat”")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be", "utf-16-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    ],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, codec: str, name: str) -> None:
    text = "Vraag 1\r\nWat kost één café?\r\n"
    source = read_source(write(tmp_path, "bom.txt", bom + text.encode(codec)))
    assert source.encoding == name
    assert source.text == "Vraag 1\nWat kost één café?\n"


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "u16.txt", "Vraag 1\nWat is de stand?\n".encode("utf-16-le")))
    assert source.encoding == "utf-16-le"
    assert source.text == "Vraag 1\nWat is de stand?\n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"tekst\x00met NUL",
        bytes(range(1, 32)) * 100,  # no NUL, but almost all control bytes
    ],
    ids=["png", "nul", "controls"],
)
def test_binary_content(tmp_path: Path, data: bytes) -> None:
    assert read_error(write(tmp_path, "x.txt", data)).reason == messages.FILE_BINARY


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", "\ufeff".encode(), b"\x1b[0m\n"])
def test_empty_or_whitespace(tmp_path: Path, data: bytes) -> None:
    assert read_error(write(tmp_path, "leeg.txt", data)).reason == messages.FILE_EMPTY


def test_too_large_is_refused_without_reading(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "groot.txt", b"a" * 5000)

    def no_open(*args, **kwargs):
        raise AssertionError("a too-large file must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    monkeypatch.setattr(Path, "read_bytes", no_open)
    error = read_error(path, max_bytes=4000)
    assert error.reason == messages.FILE_TOO_LARGE.format(size_mb=1, limit_mb=1)
    assert "te groot" in error.reason


def test_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    assert read_source(write(tmp_path, "rand.txt", b"a" * 4000), max_bytes=4000).text == "a" * 4000


def test_big_file_under_the_limit_reads_quickly(tmp_path: Path) -> None:
    block = "Vraag 1\nWat kost het café in 2025 – € 3 mln.?\n\x1b[1mAntwoord\x1b[0m\nNiets.\n\n"
    path = write(tmp_path, "groot.txt", block * 200_000)  # ~11 MB
    start = time.perf_counter()
    source = read_source(path)
    assert time.perf_counter() - start < 10
    assert source.text.count("Antwoord\n") == 200_000
    assert "\x1b" not in source.text


def test_missing_path(tmp_path: Path) -> None:
    assert read_error(tmp_path / "weg.txt").reason == messages.FILE_NOT_FOUND


def test_directory(tmp_path: Path) -> None:
    assert read_error(tmp_path).reason == messages.NOT_A_FILE


def test_unreadable_file(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "geheim.txt", "inhoud")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    assert read_error(path).reason == messages.FILE_NO_PERMISSION


def test_other_os_error_is_a_read_error(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "io.txt", "inhoud")

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", broken)
    assert read_error(path).reason == messages.FILE_UNREADABLE.format(reason="Input/output error")


@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf", ".png", ".JPG"])
def test_unsupported_suffix_names_it(tmp_path: Path, suffix: str) -> None:
    error = read_error(write(tmp_path, "stuk" + suffix, b"{\\rtf1 tekst}"))
    assert error.reason == messages.FORMAT_UNSUPPORTED.format(suffix=suffix.lower())
    assert suffix.lower() in str(error)


# --- cleaning --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mrood\x1b[0m tekst", "rood tekst"),
        ("a\x1b[38;5;196mb\x1b[2Jc\x1b[?25l", "abc"),
        ("titel\x1b]0;venster\x07na", "titelna"),
        ("link \x1b]8;;https://x.nl\x1b\\hier\x1b]8;;\x1b\\ klaar", "link hier klaar"),
        ("\x1b(Bx\x1b7y\x1bcz", "xyz"),
        ("8-bit \x9b31mcsi\x9b0m", "8-bit csi"),
        ("open \x1b]onbeeindigd\nvolgende regel", "open \nvolgende regel"),
        ("bel\x07 nul\x00 del\x7f c1\x85x", "bel nul del c1\nx"),
        ("r1\r\nr2\rr3\n", "r1\nr2\nr3\n"),
        ("tab\tblijft", "tab\tblijft"),
        ("pagina\x0cvolgende\x0bregel", "pagina\nvolgende\nregel"),
        ("\ufeffzero\u200bwidth\u200d\u2060 soft\u00adhyphen", "zerowidth softhyphen"),
        ("bidi \u202eeslaf\u202c \u2066x\u2069", "bidi eslaf x"),
        ("26\u00a0643 en 10\u202f% en 1\u20075", "26 643 en 10 % en 1 5"),
        ("regel\u2028regel\u2029alinea", "regel\nregel\nalinea"),
        ("e\u0301e\u0308n", "éën"),
        ("‘quotes’ – “kept” … ½ ﬁ", "‘quotes’ – “kept” … ½ ﬁ"),
        ("  spaties   blijven  \n", "  spaties   blijven  \n"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_control_bytes_in_a_file_are_removed(tmp_path: Path) -> None:
    data = b"Vraag 1\x1b[31m\r\nWat\x07 is\x08 dit?\x1b[0m\r\nAntwoord\r\n"
    assert read_source(write(tmp_path, "esc.txt", data)).text == "Vraag 1\nWat is dit?\nAntwoord\n"


# --- HTML ------------------------------------------------------------------------------------


def test_officielebekendmakingen_page_keeps_only_the_document() -> None:
    source = read_source(FIXTURES / "officielebekendmakingen-kst.html")
    assert source.format == "html" and source.encoding == "utf-8"
    assert source.text == (
        "Verslag houdende een lijst van vragen en antwoorden\n"
        "Nr. 3\n"
        "De vaste commissie voor Digitale Zaken heeft de eer verslag uit te brengen in de vorm "
        "van een lijst van vragen met de daarop gegeven antwoorden.\n"
        "Vragen en antwoorden\n"
        "Vraag 1:\n"
        "Welke middelen zijn er voor het NCSC uitgetrokken?[footnoteRef:1] "
        "[1:  Kamerstuk 26 643, nr. 1317]\n"
        "Antwoord:\n"
        "Het NCSC krijgt € 4 mln. & meer; zie de tabel.\n"
        "\n"
        "\tPost\n\tBedrag\n"
        "\n"
        "\tSubsidies\n\t3.796\n"
        "\n"
        "\tBijdragen aan ZBO’s\n\t\n"
        "\n"
        "Het gaat om:\n"
        "– personeel\n"
        "– ICT-kosten\n"
        "Eerste regel\n"
        "tweede regel\n"
    )
    for chrome in ("cookies", "Home", "Zoeken", "Downloads", "Privacy", "Ga direct", "Vraag 99"):
        assert chrome not in source.text


def test_article_page_keeps_its_own_header_and_drops_site_chrome() -> None:
    source = read_source(FIXTURES / "tweedekamer-article.html")
    assert source.text == (
        "Antwoord op vragen van het lid Kathmann\n"
        "Vraag 1\n"
        'Bent u bekend met het bericht "Cloud"?\n'
        "Antwoord\n"
        "Ja.\n"
    )


def test_html_without_main_uses_body_and_drops_chrome_by_class(tmp_path: Path) -> None:
    page = (
        "<body><div id='menu-top'>Menu</div><div class='kruimelpad'>Home &gt; Stukken</div>"
        "<div class='cookie-melding'>Cookies?</div><p>Vraag 1<p>Is het &lt;veilig&gt;?"
        "<script>alert(1)</script><dl><dt>Term<dd>Uitleg</dl>"
        "<pre>  regel 1\n  regel 2</pre><div class='page-footer'>Colofon</div></body>"
    )
    source = read_source(write(tmp_path, "p.htm", page.encode("cp1252")))
    assert source.text == "Vraag 1\nIs het <veilig>?\nTerm\nUitleg\n  regel 1\n  regel 2\n"


def test_html_footnotes_only_from_note_links(tmp_path: Path) -> None:
    page = (
        "<main><p>Zie paragraaf <a href='#h3'>3</a> en de bron<a class='fn' href='#fn2'>2</a>."
        "<p>Ook<sup><a href='#n7'>[7]</a></sup> hier.<h2 id='h3'>3 Kosten</h2>"
        "<ol class='footnotes'><li id='fn2'>2. Kamerstuk 36 850, nr. 3 <a href='#r'>↩</a></li>"
        "<li><a id='n7'></a>7 Motie-Kathmann</li></ol></main>"
    )
    assert read_source(write(tmp_path, "n.html", page)).text == (
        "Zie paragraaf 3 en de bron[footnoteRef:2]. [2:  Kamerstuk 36 850, nr. 3]\n"
        "Ook[footnoteRef:7] hier. [7:  Motie-Kathmann]\n"
        "3 Kosten\n"
    )


def test_html_in_cp1252(tmp_path: Path) -> None:
    page = "<p>Financiële “steun” – €\x20" + "5</p>"
    source = read_source(write(tmp_path, "w.html", page.encode("cp1252")))
    assert source.encoding == "cp1252"
    assert source.text == "Financiële “steun” – € 5\n"


def test_html_with_only_chrome_is_empty(tmp_path: Path) -> None:
    error = read_error(write(tmp_path, "leeg.html", "<nav>Menu</nav><footer>Voet</footer>"))
    assert error.reason == messages.FILE_EMPTY


def test_broken_html_still_gives_text(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "kapot.html", "<div><p>Vraag 1</span><p>Tekst <b>vet"))
    assert source.text == "Vraag 1\nTekst vet\n"


# --- XML -------------------------------------------------------------------------------------


def test_kamerstuk_xml_in_parser_layout() -> None:
    source = read_source(FIXTURES / "kst-vragen.xml")
    assert source.format == "xml"
    assert source.text == (
        "Tweede Kamer der Staten-Generaal, vergaderjaar 2025–2026\n"
        "36 850 VII\n"
        "Wijziging van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
        "Koninkrijksrelaties (VII) voor het jaar 2025\n"
        "Nr. 3\n"
        "VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n"
        "Vastgesteld 15 december 2025\n"
        "De vaste commissie voor Digitale Zaken heeft de eer verslag uit te brengen.\n"
        "Vragen en antwoorden\n"
        "1. Justitie en Veiligheid\n"
        "\n"
        "Vraag 1\n"
        "Welke concrete stappen zet u om de capaciteitsproblemen op te lossen?[footnoteRef:1] "
        "Graag een toelichting. [1:  Kamerstukken II, 2025/26, 26 643, nr. 1317]\n"
        "\n"
        "Antwoord\n"
        "De ketenpartners krijgen extra middelen.\n"
        "Zie ook de motie.[footnoteRef:1]\n"
        "\n"
        "Vraag 2\n"
        "Hoe wordt onderschrijding voorkomen?\n"
        "\n"
        "Antwoord\n"
        "– door planning;\n"
        "a. door toezicht.\n"
        "Tabel 1: Middelen\n"
        "\n"
        "\tSubsidies\n\t3.796\n"
        "\n"
        "\tKVK\n\t\n"
        "\n"
        "De fungerend voorzitter van de commissie, Kathmann\n"
    )


def test_aanhangsel_xml_numbers_questions_without_nr(tmp_path: Path) -> None:
    xml = (
        "<kamervragen><vraag><al>Eerste?</al></vraag><antwoord><al>Ja.</al></antwoord>"
        "<vraag><al>Tweede?<noot><al>Bron.</al></noot></al></vraag>"
        "<antwoord><nr>Antwoord op vraag 2 en 3</nr><al>Nee.</al></antwoord></kamervragen>"
    )
    source = read_source(write(tmp_path, "ah.xml", xml))
    assert source.text == (
        "Vraag 1\nEerste?\n\nAntwoord\nJa.\n\n"
        "Vraag 2\nTweede?[footnoteRef:1] [1:  Bron.]\n\n"
        "Antwoord op vraag 2 en 3\nNee.\n"
    )


def test_stop_xml_with_namespace_and_capitals(tmp_path: Path) -> None:
    xml = (
        '<Lichaam xmlns="https://standaarden.overheid.nl/stop/imop/tekst/">'
        "<Kop><Nummer>2</Nummer><Opschrift>Doel</Opschrift></Kop>"
        "<Al>Tekst<Noot id='a'><NootNummer>4</NootNummer><Al>Noot.</Al></Noot> verder.</Al>"
        "</Lichaam>"
    )
    source = read_source(write(tmp_path, "stop.xml", xml))
    assert source.text == "2 Doel\nTekst[footnoteRef:4] verder. [4:  Noot.]\n"


def test_unknown_xml_gives_all_text_with_element_lines(tmp_path: Path) -> None:
    xml = "<?xml version='1.0' encoding='ISO-8859-1'?><a><b>één</b><c>twee <i>drie</i></c>vier</a>"
    source = read_source(write(tmp_path, "x.xml", xml.encode("latin-1")))
    assert source.text == "één\ntwee drie\nvier\n"


@pytest.mark.parametrize(
    "xml",
    [b"<kamerstuk><al>open", b"<a><b></a>", b"geen xml", b"<a>&onbekend;</a>"],
    ids=["truncated", "mismatch", "text", "entity"],
)
def test_malformed_xml(tmp_path: Path, xml: bytes) -> None:
    error = read_error(write(tmp_path, "kapot.xml", xml))
    assert error.reason.startswith("het XML-bestand is beschadigd of onvolledig (XML-fout op regel")


def test_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><a>&lol2;</a>'
    )
    error = read_error(write(tmp_path, "bom.xml", bomb))
    assert error.reason == messages.FORMAT_DAMAGED.format(
        fmt="XML", reason=messages.DAMAGED_XML_ENTITIES
    )


# --- DOCX ------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def para(text: str = "", *, numbered: bool = False, runs: str | None = None) -> str:
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
    body = runs if runs is not None else (f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else "")
    return f"<w:p>{ppr}{body}</w:p>"


def make_docx(body: str, footnotes: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>',
        )
        if footnotes is not None:
            archive.writestr(
                "word/footnotes.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:footnotes xmlns:w="{W_NS}">'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                "<w:continuationSeparator/></w:r></w:p></w:footnote>"
                f"{footnotes}</w:footnotes>",
            )
    return buffer.getvalue()


def footnote(note_id: int, text: str) -> str:
    return (
        f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
    )


def ref(note_id: int) -> str:
    return f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'


def test_docx_like_words_text_export(tmp_path: Path) -> None:
    body = (
        para("Vraag 1")
        + para("Welke middelen zijn er?")
        + para()
        + para("Antwoord")
        + para(runs='<w:r><w:t xml:space="preserve">Zie de brieven</w:t></w:r>' + ref(5)
               + '<w:r><w:t xml:space="preserve"> en de motie</w:t></w:r>' + ref(2)
               + '<w:r><w:t>.</w:t></w:r>')
        + para("eerste punt", numbered=True)
        + para("tweede punt", numbered=True)
        + "<w:tbl><w:tr><w:tc>" + para("Dossier") + "</w:tc><w:tc>" + para("bedrag x€1.000")
        + "</w:tc></w:tr><w:tr><w:tc>" + para("Digilab") + "</w:tc><w:tc>" + para()
        + "</w:tc></w:tr></w:tbl>"
        + para(runs='<w:r><w:t>regel</w:t><w:br/><w:t>twee</w:t><w:tab/><w:t>tab</w:t></w:r>'
               '<w:del><w:r><w:delText>weg</w:delText></w:r></w:del>'
               '<w:ins><w:r><w:t>-erbij</w:t></w:r></w:ins>'
               '<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>'
               '<w:hyperlink><w:r><w:t>-link</w:t></w:r></w:hyperlink>')
    )
    notes = footnote(2, "Kamerstuk 26 643, nr. 1317") + footnote(5, "TZ202411-102")
    source = read_source(write(tmp_path, "brief.docx", make_docx(body, notes)))
    assert source.format == "docx" and source.encoding == "binary"
    assert source.text == (
        "Vraag 1\n"
        "Welke middelen zijn er?\n"
        "\n"
        "Antwoord\n"
        "Zie de brieven[footnoteRef:1] en de motie[footnoteRef:2]. "
        "[1:  TZ202411-102] [2:  Kamerstuk 26 643, nr. 1317]\n"
        "– eerste punt\n"
        "– tweede punt\n"
        "\n"
        "\tDossier\n\tbedrag x€1.000\n"
        "\n"
        "\tDigilab\n\t\n"
        "\n"
        "regel\ntwee\ttab-erbij-link\n"
    )


def test_docx_footnote_numbers_continue_across_paragraphs(tmp_path: Path) -> None:
    body = para(runs='<w:r><w:t>a</w:t></w:r>' + ref(1)) + para(runs='<w:r><w:t>b</w:t></w:r>' + ref(3))
    source = read_source(write(tmp_path, "n.docx", make_docx(body, footnote(1, "één") + footnote(3, "drie"))))
    assert source.text == "a[footnoteRef:1] [1:  één]\nb[footnoteRef:2] [2:  drie]\n"


def test_docx_not_a_zip(tmp_path: Path) -> None:
    error = read_error(write(tmp_path, "nep.docx", b"Dit is eigenlijk tekst"))
    assert error.reason == messages.FORMAT_DAMAGED.format(fmt="Word", reason=messages.DAMAGED_NOT_ZIP)


def test_docx_truncated(tmp_path: Path) -> None:
    data = make_docx(para("Vraag 1") * 50)
    error = read_error(write(tmp_path, "half.docx", data[: len(data) // 2]))
    assert error.reason.startswith("het Word-bestand is beschadigd of onvolledig")


def test_docx_without_document_part(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/styles.xml", "<styles/>")
    error = read_error(write(tmp_path, "leeg.docx", buffer.getvalue()))
    assert error.reason == messages.FORMAT_DAMAGED.format(
        fmt="Word", reason=messages.DAMAGED_MISSING_PART.format(part="word/document.xml")
    )


def test_docx_with_broken_document_xml(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body>")
    error = read_error(write(tmp_path, "kapot.docx", buffer.getvalue()))
    assert "word/document.xml: XML-fout op regel 1" in error.reason


# --- PDF -------------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: Helvetica (WinAnsi), one text line per entry, top to bottom."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, lines in enumerate(pages):
        stream = b"".join(
            b"BT /F1 11 Tf 72 %d Td " % (780 - 16 * n) + _pdf_string(line) + b" Tj ET\n"
            for n, line in enumerate(lines)
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[index] + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_PAGES = [
    ["Tweede Kamer, vergaderjaar 2025-2026, 36 850 VII, nr. 3", "Vraag 1",
     "Welke middelen zijn voor de verant-", "woording van het NCSC?", "Antwoord",
     "Het ICT-", "budget is 5 mln. (zie Noord-", "Holland) voor café’s.", "1"],
    ["Tweede Kamer, vergaderjaar 2025-2026, 36 850 VII, nr. 3", "Vraag 2",
     "Hoe staat het met de wet?", "Antwoord", "De wet is aangenomen.", "2"],
    ["Tweede Kamer, vergaderjaar 2025-2026, 36 850 VII, nr. 3", "Vraag 3",
     "Nog iets?", "Antwoord", "Nee.", "3"],
]


def test_pdf_text_without_running_header_and_page_numbers(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "kst.pdf", make_pdf(PDF_PAGES)))
    assert source.format == "pdf" and source.encoding == "binary"
    assert source.text == (
        "Vraag 1\n"
        "Welke middelen zijn voor de verantwoording van het NCSC?\n"
        "Antwoord\n"
        "Het ICT-budget is 5 mln. (zie Noord-\n"
        "Holland) voor café’s.\n"
        "Vraag 2\n"
        "Hoe staat het met de wet?\n"
        "Antwoord\n"
        "De wet is aangenomen.\n"
        "Vraag 3\n"
        "Nog iets?\n"
        "Antwoord\n"
        "Nee."
    )


def test_pdf_single_page_keeps_first_line(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "een.pdf", make_pdf([["Vraag 1", "Waarom?", "Antwoord", "Daarom."]])))
    assert source.text == "Vraag 1\nWaarom?\nAntwoord\nDaarom."


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    data = make_pdf([[], []])
    assert read_error(write(tmp_path, "scan.pdf", data)).reason == messages.PDF_NO_TEXT


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.9, 0.98])
def test_pdf_truncated(tmp_path: Path, cut: float) -> None:
    data = make_pdf(PDF_PAGES)
    error = read_error(write(tmp_path, "half.pdf", data[: int(len(data) * cut)]))
    assert error.reason == messages.FORMAT_DAMAGED.format(fmt="pdf", reason=messages.DAMAGED_PDF)


def test_pdf_garbage(tmp_path: Path) -> None:
    error = read_error(write(tmp_path, "nep.pdf", b"%PDF-1.4\n" + b"rommel " * 50))
    assert error.reason == messages.FORMAT_DAMAGED.format(fmt="pdf", reason=messages.DAMAGED_PDF)


def test_pdf_encrypted_with_password(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(PDF_PAGES))))
    writer.encrypt(user_password="geheim", owner_password="baas", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    error = read_error(write(tmp_path, "slot.pdf", buffer.getvalue()))
    assert error.reason == messages.FORMAT_ENCRYPTED.format(fmt="pdf")


def test_pdf_with_only_owner_password_is_read(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(PDF_PAGES[1:2]))))
    writer.encrypt(user_password="", owner_password="baas", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    source = read_source(write(tmp_path, "beperkt.pdf", buffer.getvalue()))
    assert "Hoe staat het met de wet?" in source.text


def test_running_lines_and_hyphens_helpers() -> None:
    pages = [["Kop", "Vraag 4", "tekst a", "Voet 1"], ["Kop", "Vraag 4", "tekst b", "Voet 2"]]
    assert remove_running_lines(pages) == [["Vraag 4", "tekst a"], ["Vraag 4", "tekst b"]]
    assert rejoin_hyphens("verant-\nwoording EU-\nlanden Noord-\nHolland 2025-\n2026") == (
        "verantwoording EU-landen Noord-\nHolland 2025-\n2026"
    )


# --- robustness ------------------------------------------------------------------------------


def test_reader_bug_still_becomes_read_error(tmp_path: Path, monkeypatch) -> None:
    from kamerboek.store.readers import html_reader

    def boom(markup: str) -> str:
        raise RuntimeError("bug")

    monkeypatch.setattr(html_reader, "html_to_text", boom)
    error = read_error(write(tmp_path, "a.html", "<p>x</p>"))
    assert error.reason == messages.FORMAT_DAMAGED.format(fmt="HTML", reason=messages.DAMAGED_OTHER)


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.xml", "a.docx", "a.pdf"])
def test_random_bytes_never_raise_anything_but_read_error(tmp_path: Path, name: str) -> None:
    import random

    rng = random.Random(name)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        try:
            source = read_source(write(tmp_path, name, data))
        except ReadError:
            continue
        assert "\x1b" not in source.text and "\x00" not in source.text


def test_pdf_problems_print_nothing(tmp_path: Path, capfd) -> None:
    data = make_pdf(PDF_PAGES)
    read_error(write(tmp_path, "half.pdf", data[: len(data) // 2]))
    read_source(write(tmp_path, "heel.pdf", data.replace(b"startxref\n", b"startxref\n9")))
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""
