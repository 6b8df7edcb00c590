"""`رسوم فرضتها X`, `جرائم ارتكبتها X`, `قذيفة أطلقتها X`: a verb carrying the pronoun that resumes
the trigger noun (event_roles.tsv role `deed`) has the act's doer as its subject, also past an
adjective or a relative pronoun after the noun."""
from event_roles import roles


def test_duties_imposed_by_the_president_past_an_adjective_and_a_relative():
    source, _ = roles("وتراجعت الأسواق بسبب الرسوم الجمركية الجديدة التي فرضها الرئيس الأميركي دونالد ترامب.",
                      "SANCTION")
    assert source == "دونالد ترامب"


def test_executions_committed_by_the_forces_are_theirs():
    source, _ = roles("ونددت المنظمة بعمليات إعدام واغتصاب ارتكبتها قوات الأمن في ميانمار.", "ASSAULT")
    assert source == "قوات الأمن"


def test_a_shell_fired_by_the_militia_past_an_adjective():
    source, target = roles("وأصيب ثلاثة مدنيين بقذيفة مماثلة أطلقتها الميليشيات الحوثية على الحي.", "ASSAULT")
    assert (source, target) == ("الميليشيات الحوثية", None)


def test_operations_the_group_carries_out_in_the_present():
    source, _ = roles("وأدانت الحكومة عمليات عسكرية يشنها الحوثيون على سفن في البحر الأحمر.", "ASSAULT")
    assert source == "جماعة الحوثي"


def test_past_a_verbs_subject_a_resumptive_verb_names_its_objects_doer():
    source, _ = roles("وانتقد رئيس وزراء اليابان الرسوم التي فرضتها الحكومة الأمريكية على السيارات.", "ACCUSE")
    assert source == "اليابان"
