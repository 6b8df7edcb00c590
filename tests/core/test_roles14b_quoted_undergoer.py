"""`ويواجه "X" انتقادات`, `وتعرضت "X" لهجوم`: quotation marks around the subject of a verb of
undergoing (event_roles.tsv role `undergo`) do not end its clause: the subject still undergoes the act."""
from event_roles import roles


def test_a_quoted_company_facing_criticism_is_criticised():
    assert roles('ويواجه "فيسبوك" انتقادات واسعة منذ أشهر.', "ACCUSE") == (None, "ميتا")


def test_a_quoted_name_after_its_head_noun_faces_criticism():
    source, target = roles('وواجهت شركة "إنستغرام" انتقادات حادة من المستخدمين.', "ACCUSE")
    assert source is None and target is not None and "إنستغرام" in target


def test_a_quoted_group_subjected_to_an_attack_is_attacked():
    assert roles('وتعرضت "الجماعة الإسلامية" لهجوم عنيف أمس.', "ASSAULT") == (None, "الجماعة الإسلامية")

