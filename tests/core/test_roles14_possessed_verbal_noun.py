"""`معربا عن ارتياحه`, `قبل اجتماعه مع X`: a derived verbal noun with a bare `ه` after a preposition
carries a possessive pronoun (no `ة` of its own can stand there): its owner, the one the sentence
is about, does the act; not a hollow root's form X (`استقالة`), nor a noun of force whose pronoun
undergoes it."""
from event_roles import roles


def test_relief_expressed_is_the_speakers_not_the_nearest_partys():
    text = "وشدد الرئيس الفرنسي إيمانويل ماكرون على ضرورة وقف أنشطة النظام الإيراني، معربا عن ارتياحه لردود الفعل الصادرة عن طهران."
    source, _ = roles(text, "SUPPORT")
    assert source == "إيمانويل ماكرون"

