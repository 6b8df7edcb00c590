from etl.retirement import mass_delete_refusal


def test_an_empty_seeds_folder_does_not_retire_the_warehouse():
    message = mass_delete_refusal(100, 100, 0.5, "/mnt/news")
    assert message is not None
    assert "100 of the warehouse's 100" in message and "/mnt/news" in message and "--allow-mass-delete" in message


def test_ordinary_deletions_go_ahead():
    assert mass_delete_refusal(3, 100, 0.5, "seeds") is None
    assert mass_delete_refusal(50, 100, 0.5, "seeds") is None
    assert mass_delete_refusal(0, 0, 0.5, "seeds") is None


def test_a_small_warehouse_keeps_the_same_rule():
    assert mass_delete_refusal(2, 3, 0.5, "seeds") is not None
    assert mass_delete_refusal(1, 1, 1.0, "seeds") is None
