"""The honest page set is split once: the split is recorded here, so redrawing it fails."""

from __future__ import annotations

from bench import page_set


def test_the_page_set_is_split_once_with_recorded_seeds() -> None:
    assert (page_set.PAGE_SEED, page_set.SPLIT_SEED, page_set.N_PAGES) == (1919, 2026, 60)
    tuning, held_out = page_set.split()
    assert len(tuning) == 20 and len(held_out) == 40
    assert not set(tuning) & set(held_out) and set(tuning) | set(held_out) == set(range(60))
    assert tuning[:6] == [1, 3, 4, 9, 17, 19]


def test_the_pages_cover_several_bodies_and_levels() -> None:
    import random

    rng = random.Random(page_set.PAGE_SEED)
    organs = {page_set.make_page(rng).organ for _ in range(60)}
    assert any(o.startswith("UBND xã") for o in organs)
    assert any(o.startswith("UBND huyện") for o in organs)
    assert any(o.startswith(("Đảng ủy", "Huyện ủy")) for o in organs)
    assert any(o.startswith(("Sở", "Phòng", "Ban")) for o in organs)
    assert {"Chính phủ"} & organs or {"Bộ Nội vụ", "Bộ Tài chính"} & organs
