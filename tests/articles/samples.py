"""Short texts invented for the tests."""

GERMAN_WITH_DATELINE = """Berlin, 12. März 2019 – Der Bundesaußenminister hat am Dienstag seinen französischen Amtskollegen in Berlin empfangen. Beide sprachen nach Angaben des Auswärtigen Amtes über die Lage in der Sahelzone und über die Vorbereitung des nächsten EU-Gipfels.

"Wir stehen eng zusammen", sagte der Minister nach dem Treffen vor Journalisten."""

ENGLISH_NO_DATE = """The foreign ministers of Canada and Mexico met in Ottawa to discuss trade and migration. After the talks the Canadian minister said both governments wanted to deepen their cooperation on border questions and would meet again in the autumn."""

ENGLISH_DATELINE = "OTTAWA, May 31, 2018 — " + ENGLISH_NO_DATE

FRENCH = """Les ministres des affaires étrangères du Canada et du Mexique se sont rencontrés à Ottawa pour discuter du commerce et des migrations. Après les entretiens, la ministre canadienne a déclaré que les deux gouvernements souhaitaient renforcer leur coopération."""

# One sentence the extraction turns into a meeting of Mike Pompeo and Kim Yong Chol.
MEETING_TEXT = (
    "US-Außenminister Mike Pompeo hat am Mittwoch in New York den nordkoreanischen "
    "Funktionär Kim Yong Chol getroffen."
)
