"""One page of a long list, and the numbers a pager needs."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """`items` of page `number` (1-based) of `count` pages, `size` per page, `total` in all."""

    items: list
    number: int
    count: int
    size: int
    total: int

    @classmethod
    def of(cls, items: list, number: int | None, size: int) -> Page:
        """Page `number` of `items`; a number out of range (or none) gives the nearest page there is."""
        count = max(1, -(-len(items) // size))
        number = min(max(1, number or 1), count)
        return cls(items[(number - 1) * size:number * size], number, count, size, len(items))

    @property
    def first(self) -> int:
        """The position (1-based) of this page's first item in the whole list; 0 when it is empty."""
        return (self.number - 1) * self.size + 1 if self.items else 0

    @property
    def last(self) -> int:
        """The position of this page's last item in the whole list."""
        return (self.number - 1) * self.size + len(self.items)

    def numbers(self, around: int = 2) -> list[int | None]:
        """The page numbers a pager links: the first, the last and `around` either side of this one;
        None where numbers are left out ("…")."""
        wanted = {1, self.count, *range(self.number - around, self.number + around + 1)}
        shown: list[int | None] = []
        for n in sorted(n for n in wanted if 1 <= n <= self.count):
            if shown and n - shown[-1] > 1:
                shown.append(None)
            shown.append(n)
        return shown
