"""What chance would give: permutation tests of the sector-mixing figures.

The null model keeps the network and the number of people in each sector, and shuffles
the sector labels (each person's shares, see kg.analysis.measures) among the people of
known sector. Every figure is a function of the mixing matrix, and the mixing matrix of a
shuffle is S'^T W S' (S' the shuffled shares, W the ties as a sparse matrix): shuffles are
made in batches, one sparse product over the tie list per batch, and each figure is
computed on all of them at once, never by a NetworkX pass per shuffle.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from kg.analysis.measures import ACADEMIA, INDUSTRY, SectorArrays, tie_matrix

PERMUTATIONS = 1000
SEED = 42
# Below this many permutations a p-value of 0.05 cannot be told from noise: no words.
FEW_PERMUTATIONS = 100
LEVEL = 0.05
BATCH = 64
# Figures are rounded to this many significant digits: the last bits of a float sum can
# differ with where numpy placed the arrays, and the same records must give the same bytes.
DIGITS = 12


@dataclass(frozen=True)
class Chance:
    """A figure against its permutation distribution: `expected` is the mean over the
    shuffles, `band` the central 95% of them, `p` the two-sided p-value
    (1 + shuffles at least as far from the mean as the observed value) / (1 + shuffles),
    None where no test was made."""

    value: float | None
    expected: float | None = None
    band: tuple[float, float] | None = None
    p: float | None = None
    permutations: int = 0

    @property
    def verdict(self) -> str:
        """'above', 'below' or 'within' chance, or 'untested'."""
        if self.value is None or self.p is None or self.permutations < FEW_PERMUTATIONS:
            return "untested"
        if self.p >= LEVEL:
            return "within"
        return "above" if self.value > self.expected else "below"

    def as_dict(self) -> dict:
        return {"value": self.value, "expected": self.expected,
                "band": None if self.band is None else list(self.band), "p": self.p,
                "permutations": self.permutations, "verdict": self.verdict}


def rounded(values: np.ndarray) -> np.ndarray:
    """Values to DIGITS significant digits (NaN stays NaN)."""
    values = np.asarray(values, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        magnitude = np.where(values == 0, 0, np.floor(np.log10(np.abs(values))))
        scale = 10.0 ** (DIGITS - 1 - np.nan_to_num(magnitude))
        return np.round(values * scale) / scale


# --- the figures, each a function of a stack of mixing matrices (P x k x k) -> P values ---

def _safe(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1), np.nan)


def ei_of(m: np.ndarray) -> np.ndarray:
    """E-I of each matrix: E = (total - trace) / 2, I = trace / 2."""
    total = m.sum(axis=(1, 2))
    return _safe(total - 2 * np.trace(m, axis1=1, axis2=2), total)


def assortativity_of(m: np.ndarray) -> np.ndarray:
    """Newman's r of each matrix (NaN where undefined)."""
    total = m.sum(axis=(1, 2))
    e = m / np.where(total > 0, total, 1)[:, None, None]
    expected = (e.sum(axis=2) * e.sum(axis=1)).sum(axis=1)
    r = _safe(np.trace(e, axis1=1, axis2=2) - expected, 1 - expected)
    return np.where((total > 0) & (expected < 1 - 1e-12), r, np.nan)


def sector_ei_of(j: int) -> Callable[[np.ndarray], np.ndarray]:
    """E-I of group j in each matrix: its ties out against its ties within."""
    def ei(m: np.ndarray) -> np.ndarray:
        within = m[:, j, j] / 2
        out = m[:, j, :].sum(axis=1) - m[:, j, j]
        return _safe(out - within, out + within)
    return ei


def between_of(groups: list[str], x: str = ACADEMIA, y: str = INDUSTRY) -> Callable[[np.ndarray], np.ndarray]:
    """Ties between groups x and y in each matrix (0 when either is absent)."""
    if x not in groups or y not in groups:
        return lambda m: np.zeros(len(m))
    i, j = groups.index(x), groups.index(y)
    return lambda m: m[:, i, j].copy()


@dataclass(frozen=True)
class Twins:
    """The ties of SectorArrays with interchangeable people merged: `member` (n x c) puts
    each person in one class; people of one class are all tied to each other with weight
    `inside[c]` and tied alike to everyone else, so that W = member @ between @ member.T +
    the blocks inside the classes. One event of 2,000 people as a whole is one class."""

    member: sparse.csr_matrix
    between: sparse.csr_matrix
    inside: np.ndarray
    of: np.ndarray


def twin_classes(arrays: SectorArrays) -> np.ndarray:
    """Each person's class: people with the same closed neighbourhood and the same tie
    weights. Classes found with weights hold for the same ties unweighted."""
    n = len(arrays.nodes)
    w = tie_matrix(arrays)
    full = (w + w.T).tocsr()
    full.sort_indices()
    groups: dict[tuple, list[int]] = {}
    for i in range(n):
        around = full.indices[full.indptr[i]:full.indptr[i + 1]]
        groups.setdefault(tuple(sorted([*around.tolist(), i])), []).append(i)
    # Within a group, people with different weights (speakers who also shared a session
    # beside everyone at the event) are told apart by their rows' sums, then checked exactly.
    sums = np.asarray(full.sum(axis=1)).ravel()
    squares = np.asarray(full.multiply(full).sum(axis=1)).ravel()
    of = np.full(n, -1, dtype=np.int64)
    count = 0
    for members in groups.values():
        alike: dict[tuple, list[int]] = {}
        for i in members:
            alike.setdefault((round(sums[i], 9), round(squares[i], 9)), []).append(i)
        for same in alike.values():
            for part in _same_weights(full, same):
                of[part] = count
                count += 1
    return of


def twins(arrays: SectorArrays, of: np.ndarray | None = None) -> Twins:
    """The ties merged by classes of twins (`of`, from twin_classes unless given)."""
    of = twin_classes(arrays) if of is None else of
    n = len(arrays.nodes)
    c = int(of.max()) + 1 if n else 0
    member = sparse.csr_matrix((np.ones(n), (np.arange(n), of)), shape=(n, c))
    inside = np.zeros(c)
    a, b = of[arrays.left], of[arrays.right]
    same = a == b
    inside[a[same]] = arrays.weight[same]
    keep = ~same
    lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    _, pairs = np.unique(np.stack([lo, hi], axis=1).reshape(-1, 2), axis=0, return_index=True)
    lo, hi = lo[pairs], hi[pairs]
    weights = arrays.weight[keep][pairs]
    between = sparse.csr_matrix((np.concatenate([weights, weights]),
                                 (np.concatenate([lo, hi]), np.concatenate([hi, lo]))), shape=(c, c))
    return Twins(member, between, inside, of)


def _same_weights(full: sparse.csr_matrix, members: list[int]) -> list[list[int]]:
    """The members as one class if their weights agree (inside and out), else each alone."""
    if len(members) == 1:
        return [members]
    inside = set(members)
    first = None
    for i in members:
        row = full.getrow(i)
        outside = tuple((j, v) for j, v in zip(row.indices.tolist(), row.data.tolist()) if j not in inside)
        within = {v for j, v in zip(row.indices.tolist(), row.data.tolist()) if j in inside}
        if len(within) > 1 or (first is not None and (outside, within) != first):
            return [[m] for m in members]
        first = first or (outside, within)
    return [members]


def shuffled_mixing(arrays: SectorArrays, permutations: int = PERMUTATIONS, seed: int = SEED,
                    classes: np.ndarray | None = None):
    """The mixing matrices (tie ends both ways) of `permutations` shuffles, in batches: a
    generator of B x k x k arrays. Seeded: the same arrays give the same shuffles.

    With C = member^T S' the classes' summed shares, S'^T W S' is
    C^T (between + diag(inside)) C - S'^T diag(inside of each person's class) S'.
    """
    rng = np.random.default_rng(seed)
    merged = twins(arrays, classes)
    reach = (merged.between + sparse.diags(merged.inside)).tocsr()
    own = merged.inside[merged.of]
    gather = merged.member.T.tocsr()
    n, k = arrays.shares.shape
    c = reach.shape[0]
    done = 0
    while done < permutations:
        size = min(BATCH, permutations - done)
        orders = np.stack([rng.permutation(n) for _ in range(size)])
        shuffled = arrays.shares[orders]  # B x n x k
        flat = np.ascontiguousarray(shuffled.transpose(1, 0, 2)).reshape(n, size * k)
        summed = np.asarray(gather @ flat)  # c x Bk
        reached = np.asarray(reach @ summed).reshape(c, size, k).transpose(1, 0, 2)
        summed = summed.reshape(c, size, k).transpose(1, 0, 2)
        yield (np.matmul(summed.transpose(0, 2, 1), reached)
               - np.matmul(shuffled.transpose(0, 2, 1), shuffled * own[None, :, None]))
        done += size


def permutation_test(arrays: SectorArrays, statistics: dict[str, Callable[[np.ndarray], np.ndarray]],
                     observed: np.ndarray, permutations: int = PERMUTATIONS, seed: int = SEED,
                     classes: np.ndarray | None = None) -> dict[str, Chance]:
    """Each statistic (a function of a stack of mixing matrices) on the observed matrix and
    on `permutations` shuffles of the sector labels: its Chance. Shuffles where a
    statistic is undefined (NaN) are left out of its distribution.

    References
    ----------
    Good, P. (2005). Permutation, Parametric and Bootstrap Tests of Hypotheses, 3rd ed.
    Springer. Phipson, B. & Smyth, G. K. (2010). Permutation p-values should never be
    zero. Statistical Applications in Genetics and Molecular Biology 9(1), 39.
    """
    values = {}
    for name, f in statistics.items():
        v = float(rounded(f(observed[None]))[0])
        values[name] = None if math.isnan(v) else v
    if permutations <= 0 or len(arrays.left) == 0:
        return {name: Chance(value) for name, value in values.items()}
    drawn: dict[str, list[np.ndarray]] = {name: [] for name in statistics}
    for batch in shuffled_mixing(arrays, permutations, seed, classes):
        for name, f in statistics.items():
            drawn[name].append(rounded(f(batch)))
    found = {}
    for name in statistics:
        sample = np.concatenate(drawn[name])
        found[name] = chance(values[name], sample[~np.isnan(sample)].tolist())
    return found


def chance(value: float | None, drawn: list[float]) -> Chance:
    """The Chance of an observed value against values drawn under the null model."""
    if value is None or not drawn:
        return Chance(value, permutations=len(drawn))
    sample = np.asarray(drawn)
    mean = float(rounded(math.fsum(drawn) / len(drawn)))  # fsum: exactly rounded
    # A tolerance, so that a shuffle equal to the observed value counts as "as far".
    far = np.abs(sample - mean) >= abs(value - mean) - 1e-9 * max(1.0, abs(value))
    p = (1 + int(far.sum())) / (1 + len(sample))
    low, high = rounded(np.quantile(sample, [0.025, 0.975]))
    return Chance(value, mean, (float(low), float(high)), p, len(sample))
