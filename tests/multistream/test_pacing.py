"""The one pacer every replay and demo plays stream time back with (sources/pacing.py)."""

from __future__ import annotations

import asyncio

from streamer_app.sources.pacing import Pacer


async def _turns_of_another_task(pacer: Pacer, items: int, t: float = 0.0) -> int:
    turns = 0

    async def other() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    task = asyncio.ensure_future(other())
    await asyncio.sleep(0)  # it starts
    started = turns
    for _ in range(items):
        await pacer.wait_for(t)
    task.cancel()
    return turns - started


async def test_flat_out_it_gives_the_loop_a_turn_every_so_many_items_and_no_more():
    assert await _turns_of_another_task(Pacer(0, breathe_every=4), 12) == 3
    assert await _turns_of_another_task(Pacer(0, breathe_every=64), 12) == 0


async def test_an_item_already_due_does_not_wait():
    pacer = Pacer(2.0)
    pacer.wall0 -= 10.0  # started ten seconds ago: the item at five stream seconds was due at 2.5 s
    assert await _turns_of_another_task(pacer, 5, t=5.0) == 0
