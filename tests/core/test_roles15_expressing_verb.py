"""`عبر الرئيس X عن تأييده`: a word of a preposition's letters opening the sentence with `عن` right
after the party is the verb of expressing; the party is its subject, not governed by `عبر`."""
from event_roles import roles


def test_expressing_support_is_done_by_the_titled_president():
    text = "عبر الرئيس الأمريكي دونالد ترامب عن تأييده للحروب التجارية."
    assert roles(text, "SUPPORT")[0] == "دونالد ترامب"


def test_expressing_support_with_the_name_set_off_by_commas():
    text = "عبر الرئيس الأمريكي، دونالد ترامب، عن تأييده للحروب التجارية."
    assert roles(text, "SUPPORT")[0] == "دونالد ترامب"


def test_via_a_party_at_the_sentence_start_still_governs_it():
    text = "عبر وسائل الإعلام الروسية أعلن الكرملين رفضه للعقوبات."
    assert roles(text, "REJECT")[0] == "الكرملين"
