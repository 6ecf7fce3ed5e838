"""The director's edits to a goal list: merge, split, delete, move and add keep evidence and own text."""
import pytest

from proposal_builder.tender import Goal
from proposal_builder.tender.goal_edits import (MAX_GOALS, GoalEditError, capped, delete_goal, goal_from_block,
                                                insert_goal, merge_with_next, move_goal, new_goal, split_goal,
                                                split_parts)


def _goal(text, block=None, evidence=(), own_text="", **extra):
    return Goal(text, "effect", ["2 Doelen"], block=block, own_text=own_text, evidence=list(evidence), **extra)


GOALS = [_goal("Minder inwoners voelen zich eenzaam.", 4, ["P01"], "Ons maatjesproject werkt."),
         _goal("Mantelzorgers voelen zich ontlast.", 5, ["P01", "R02"], "Respijt helpt."),
         _goal("Jongeren doen mee in de wijk.", 9)]


def test_merge_joins_texts_unites_evidence_and_keeps_both_own_texts():
    merged = merge_with_next(GOALS, 0)
    assert len(merged) == 2
    assert merged[0].text == "Minder inwoners voelen zich eenzaam. Mantelzorgers voelen zich ontlast."
    assert merged[0].evidence == ["P01", "R02"]
    assert merged[0].own_text == "Ons maatjesproject werkt.\n\nRespijt helpt."
    assert merged[0].block == 4
    assert GOALS[0].text == "Minder inwoners voelen zich eenzaam."  # input untouched


def test_merge_joins_indicator_and_target_of_table_goals():
    goals = [_goal("A doel", indicator="eenzaamheid", target="20%"), _goal("B doel", indicator="contacten")]
    merged = merge_with_next(goals, 0)[0]
    assert (merged.indicator, merged.target) == ("eenzaamheid; contacten", "20%")


def test_the_last_goal_cannot_merge_with_a_next_one():
    with pytest.raises(GoalEditError, match="laatste doel"):
        merge_with_next(GOALS, 2)


def test_split_makes_a_goal_per_line_each_with_the_evidence():
    goals = [_goal("Ouderen zijn minder eenzaam\nMantelzorgers zijn ontlast\n\n", 3, ["P01"], "Eigen tekst")]
    parts = split_goal(goals, 0)
    assert [g.text for g in parts] == ["Ouderen zijn minder eenzaam", "Mantelzorgers zijn ontlast"]
    assert [g.evidence for g in parts] == [["P01"], ["P01"]]
    assert [g.own_text for g in parts] == ["Eigen tekst", ""]
    assert all(g.block == 3 for g in parts)


def test_split_on_one_line_splits_at_sentences():
    assert split_parts("Ouderen zijn minder eenzaam. Mantelzorgers zijn o.a. ontlast.") == [
        "Ouderen zijn minder eenzaam.", "Mantelzorgers zijn o.a. ontlast."]


def test_split_of_a_single_sentence_says_what_to_do():
    with pytest.raises(GoalEditError, match="eigen regel"):
        split_goal(GOALS, 2)


def test_delete_removes_only_that_goal():
    assert [g.block for g in delete_goal(GOALS, 1)] == [4, 9]


@pytest.mark.parametrize("index, step, order", [(1, -1, [5, 4, 9]), (1, 1, [4, 9, 5]),
                                                (0, -1, [4, 5, 9]), (2, 1, [4, 5, 9])])
def test_move_swaps_with_the_neighbour_and_stays_put_at_the_ends(index, step, order):
    moved = move_goal(GOALS, index, step)
    assert [g.block for g in moved] == order
    assert moved[[g.block for g in moved].index(5)].evidence == ["P01", "R02"]


@pytest.mark.parametrize("edit", [delete_goal, split_goal, merge_with_next])
def test_a_goal_that_no_longer_exists_gives_a_dutch_message(edit):
    with pytest.raises(GoalEditError, match="bestaat niet"):
        edit(GOALS, 7)


def test_new_goal_guesses_its_kind_from_the_text():
    assert new_goal("Minder inwoners voelen zich eenzaam").kind == "effect"
    assert new_goal("De aanbieder organiseert 40 activiteiten per jaar").kind == "output"
    assert new_goal("  Iets   typen ", "output").text == "Iets typen"


def test_goal_from_a_table_row_takes_its_first_cell_and_section():
    block = {"text": "Ouderen hebben contact | aandeel | 20%", "kind": "table_row", "position": 12,
             "section": ["3 Resultaten", "3.1 Ouderen"], "cells": ["Ouderen hebben contact", "aandeel", "20%"]}
    goal = goal_from_block(block)
    assert (goal.text, goal.section, goal.block) == ("Ouderen hebben contact", ["3 Resultaten", "3.1 Ouderen"], 12)


@pytest.mark.parametrize("block, at", [(6, 2), (2, 0), (20, 3), (None, 3)])
def test_a_block_goal_goes_where_its_block_is_in_the_document(block, at):
    goal = _goal("Nieuw doel", block)
    assert insert_goal(GOALS, goal).index(goal) == at


FULL = [_goal(f"Doel nummer {n}.", n) for n in range(MAX_GOALS)]


def test_no_goal_is_added_beyond_the_cap():
    with pytest.raises(GoalEditError, match=f"hoogstens {MAX_GOALS} doelen"):
        insert_goal(FULL, new_goal("Nog een doel."))
    with pytest.raises(GoalEditError, match=f"hoogstens {MAX_GOALS} doelen"):
        insert_goal(FULL, _goal("Uit de brontekst.", 3))
    assert len(insert_goal(FULL[1:], new_goal("Het laatste dat past."))) == MAX_GOALS


def test_a_split_that_would_pass_the_cap_is_refused():
    goals = [*FULL[:-1], _goal("Ouderen zijn minder eenzaam\nMantelzorgers zijn ontlast")]
    with pytest.raises(GoalEditError, match=f"hoogstens {MAX_GOALS} doelen"):
        split_goal(goals, MAX_GOALS - 1)
    assert len(split_goal(goals[1:], MAX_GOALS - 2)) == MAX_GOALS


def test_a_list_over_the_cap_may_still_shrink_and_be_reordered():
    over = [*FULL, _goal("Van voor de grens.", 999)]
    assert len(delete_goal(over, 0)) == MAX_GOALS
    assert len(merge_with_next(over, 0)) == MAX_GOALS
    assert move_goal(over, 0, 1)[1] == over[0]


def test_capped_keeps_the_first_goals_and_counts_the_rest():
    assert capped([*FULL, *FULL[:3]]) == (FULL, 3)
    assert capped(FULL[:5]) == (FULL[:5], 0)
