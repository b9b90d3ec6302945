"""Skapar exempelfilen enhetens-lista.xlsx: en enhets egen lista över klagomål och synpunkter.

Kör från projektmappen:  .venv/bin/python exempel/import/skapa_enhetens_lista.py
Listan är påhittad och pseudonymiserad. Datumen är riktiga datumceller, som när listan förs i Excel;
en av dem är skriven som text, vilket också är vanligt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

FILE = Path(__file__).with_name("enhetens-lista.xlsx")
TITLE = "Hemtjänst Söder – klagomål och synpunkter 2026"
HEADER = ("Nr", "Inkom", "Typ", "Kanal", "Från", "Gäller", "Vad det gäller", "Status", "Klar", "Dnr")
D = dt.date
ROWS: tuple[tuple[object, ...], ...] = (
    (1, D(2026, 8, 4), "Klagomål", "Telefon", "Anhörig", "Bemötande",
     "Anhörig till brukare A tycker att personalen var stressad och otrevlig vid kvällsbesöket.",
     "Klar", D(2026, 8, 25), "SN 2026/0412"),
    (2, D(2026, 8, 11), "Beröm", "Muntligt", "Brukare", "Beröm",
     "Brukare B vill tacka för att personalen tog sig tid att följa med på promenad.",
     "Klar", D(2026, 8, 11), "SN 2026/0418"),
    (3, D(2026, 8, 19), "Klagomål", "Mejl", "Anhörig", "Tillgänglighet",
     "Anhörig till brukare C har inte fått svar på två meddelanden till enheten.",
     "Klar", D(2026, 9, 2), "SN 2026/0431"),
    (4, D(2026, 8, 27), "Synpunkt", "Webbformulär", "Brukare", "Information",
     "Brukare D önskar ett veckoschema som visar vilka tider personalen kommer.",
     "Åtgärdas", None, "SN 2026/0440"),
    (5, D(2026, 9, 3), "Intern anteckning", "Muntligt", "Brukare", "Övrigt",
     "Påminnelse till arbetsplatsträffen: gå igenom rutinen för nyckelhantering.",
     "Klar", D(2026, 9, 3), None),
    (6, D(2026, 9, 9), "Klagomål", "Brev", "Brukare", "Utförande",
     "Brukare E menar att städningen inte blir gjord enligt beslutet.",
     "Utreds", None, "SN 2026/0457"),
    (7, "15/9/2026", "Klagomål", "Telefon", "Anhörig", "Personalbemanning",
     "Anhörig till brukare F upplever att det kommer för många olika personer.",
     "Ny", None, "SN 2026/0463"),
    (8, D(2026, 9, 22), "Synpunkt", "Sms", "Anhörig", "Utförande",
     "Anhörig till brukare G föreslår att matlådorna ställs längst in i kylskåpet.",
     "Klar", D(2026, 10, 6), "SN 2026/0471"),
    (9, D(2026, 10, 1), "Beröm", "Telefon", "Anhörig", "Beröm",
     "Anhörig till brukare H är nöjd med hur personalen hanterade ett fall i hemmet.",
     "Klar", D(2026, 10, 1), "SN 2026/0480"),
    (10, D(2026, 10, 13), "Klagomål", "Mejl", "Allmänhet", "Övrigt",
     "En granne klagar på att hemtjänstens bil står parkerad på gångbanan.",
     "Klar", D(2026, 10, 20), "SN 2026/0492"),
)  # fmt: skip


def main() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klagomål och synpunkter"
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=4):
        for cell in cells:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    book.save(FILE)


if __name__ == "__main__":
    main()
