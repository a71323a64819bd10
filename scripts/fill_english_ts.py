#!/usr/bin/env python3
"""Fill the unfinished entries of the English .ts file with their source text.

For English the source text *is* the translation, so every <translation type="unfinished">
gets the message's <source> text and loses type="unfinished". Numerus messages get a real
singular and plural: "%n day(s)" becomes "%n day" and "%n days" (also when an earlier run
had copied the source into both forms). Finished translations are left exactly as they are, the rest of
the file is preserved byte for byte, and running it twice changes nothing the second time.

Usage: fill_english_ts.py translations/handshake-doctor_en.ts
"""

import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET

# English has two plural forms (singular, plural).
ENGLISH_NUMERUS_FORMS = 2

MESSAGE_RE = re.compile(r"<message(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</message>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
# An unfinished translation: either <translation ... type="unfinished" ...>...</translation>
# or the self-closing form. The text inside is kept escaped, as in the file.
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<content>.*?)</translation>)", re.S)
UNFINISHED_ATTR_RE = re.compile(r"""\s+type\s*=\s*(["'])unfinished\1""")


PLURAL_MARK_RE = re.compile(r"\((e?s)\)")


def english_forms(text):
    """Singular and plural of a source written with "(s)"/"(es)" plural marks."""
    return [PLURAL_MARK_RE.sub("", text), PLURAL_MARK_RE.sub(lambda m: m.group(1), text)]


def fill_message(match, counter):
    attrs, body = match.group("attrs"), match.group("body")
    translation = TRANSLATION_RE.search(body)
    source = SOURCE_RE.search(body)
    if not translation or not source:
        return match.group(0)
    text = source.group("text")  # already XML-escaped: copy it verbatim
    numerus = re.search(r"""\bnumerus\s*=\s*(["'])yes\1""", attrs) is not None
    copied_plural = numerus and PLURAL_MARK_RE.search(text) and \
        re.findall(r"<numerusform>(.*?)</numerusform>", translation.group("content") or "", re.S) == [text] * 2
    if not UNFINISHED_ATTR_RE.search(translation.group("attrs")) and not copied_plural:
        return match.group(0)
    indent = translation.group("indent")
    new_attrs = UNFINISHED_ATTR_RE.sub("", translation.group("attrs"))
    if numerus:
        inner_indent = indent + "    "
        forms = "".join(f"\n{inner_indent}<numerusform>{form}</numerusform>"
                        for form in english_forms(text)[:ENGLISH_NUMERUS_FORMS])
        new_translation = f"{indent}<translation{new_attrs}>{forms}\n{indent}</translation>"
    else:
        new_translation = f"{indent}<translation{new_attrs}>{text}</translation>"
    counter[0] += 1
    new_body = body[:translation.start()] + new_translation + body[translation.end():]
    return f"<message{attrs}>{new_body}</message>"


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    path = argv[1]
    with open(path, encoding="utf-8", newline="") as f:
        original = f.read()

    counter = [0]
    updated = MESSAGE_RE.sub(lambda m: fill_message(m, counter), original)

    if updated == original:
        print(f"{path}: nothing to fill")
        return 0
    try:
        ET.fromstring(updated.encode("utf-8"))
    except ET.ParseError as error:
        print(f"{path}: result would not be well-formed XML ({error}); file left unchanged",
              file=sys.stderr)
        return 1

    # Write next to the original and rename, so a crash never leaves half a file.
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".fill-", suffix=".ts", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(updated)
        os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    print(f"{path}: filled {counter[0]} unfinished entries with the source text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
