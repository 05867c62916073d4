"""``--engine ray``: Ray Data reads the inputs and a pool of actors codes them.

The plan: the input files (directories walked and globs expanded here; a
directory URI such as ``s3://bucket/news/`` listed with pyarrow.fs) become a
dataset of one row per file; ``flat_map`` reads each file with communique's own
readers on a worker (local paths, or any URI pyarrow.fs opens), one row per
article or rejection, an article already done becoming a Skipped; ``map_batches``
codes the articles on ``workers`` actors, each holding one loaded ``Coder``.
The results come back to the calling process in input order (``preserve_order``),
which writes them like the local engine: it is the only writer, so the DuckDB
file has one writing process and Parquet shards get the same deterministic names.
Rows cross Ray as pickled communique objects.

Without ``address`` a local Ray is started with ``workers`` CPUs and stopped at
the end; with one (``auto``, ``ray://HOST:10001``) the cluster's nodes must have
communique and the model installed (see docs/scale.md).

The duplicate-id check that the local reader does across the whole input is
done here on the results, since each worker sees only its files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import re
import sys
import warnings
from collections.abc import Iterator
from typing import Any

from .config import Settings
from .errors import ConfigError, ModelError
from .ingest import STDIN, expand, kind_of, walk
from .ingest.common import Context
from .ingest.reader import read_file
from .model import Article, Rejection, Skipped
from .resume import done_key

log = logging.getLogger(__name__)
BLOCK_BYTES = 256 * 1024  # about 50 articles: blocks small enough to spread over the actors


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install 'communique[ray]'") from None
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its plan and progress notices
    warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.data")
    return ray


def check_options(options: Any) -> None:
    """Usage errors of --engine ray, before anything starts."""
    if STDIN in options.inputs:
        raise ConfigError("--engine ray reads files, not standard input (-)")
    if options.fetch_links:
        raise ConfigError("--fetch-links works with --engine local only")


def code_with_ray(options: Any, settings: Settings, done: set) -> Iterator[Any]:
    """The result of every input item, in input order, coded on Ray."""
    check_options(options)
    ray = _ray()
    with contextlib.redirect_stdout(sys.stderr):  # Ray prints its notices to stdout
        started = _connect(ray, options.address, settings.workers)
        yield from _coded(ray, options, settings, done, started)


def _coded(ray: Any, options: Any, settings: Settings, done: set,
           started: bool) -> Iterator[Any]:
    try:
        workers = settings.workers or max(int(ray.cluster_resources().get("CPU", 1)), 1)
        files = list(_input_rows(options.inputs))
        if not files:
            return
        context = {"default_date": options.date, "outlet": options.outlet,
                   "max_chars": settings.max_chars, "columns": options.columns}
        yield from _unique(_run(ray, files, context, settings, workers, done))
    finally:
        if started:
            ray.shutdown()


def _connect(ray: Any, address: str | None, workers: int) -> bool:
    """Join the cluster at ``address``, or start a local Ray; True if this started it."""
    if ray.is_initialized():
        return False
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                              "logging_level": logging.ERROR}
    if address is None:
        kwargs["num_cpus"] = workers or None
    try:
        ray.init(address=address, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot reach Ray at {address}: {exc}") from None
    return True


def _run(ray: Any, files: list[dict[str, Any]], context: dict[str, Any],
         settings: Settings, workers: int, done: set) -> Iterator[Any]:
    data = ray.data.DataContext.get_current()
    data.execution_options.preserve_order = True
    data.enable_progress_bars = False
    data.target_max_block_size = BLOCK_BYTES
    done_ref = ray.put(done)
    dataset = (ray.data.from_items(files, override_num_blocks=min(len(files), 10_000))
               .flat_map(read_row, fn_kwargs={"context": context, "done": done_ref},
                         num_cpus=0,  # the actors hold the CPUs
                         compute=ray.data.TaskPoolStrategy(size=workers))
               .map_batches(_coder_class(settings), batch_size=settings.batch_size,
                            num_cpus=1, compute=ray.data.ActorPoolStrategy(size=workers)))
    try:
        for row in dataset.iter_rows():
            yield pickle.loads(row["result"])
    except ray.exceptions.RayError as error:
        raise _load_failure(error) or error


def _load_failure(error: Exception) -> ModelError | None:
    """The ModelError behind an actor that could not load the pipeline, if that was it."""
    found = re.search(r"ModelError: (.+)", str(error))
    return ModelError(found.group(1).strip()) if found else None


def _input_rows(inputs: list[str]) -> Iterator[dict[str, Any]]:
    """One row per input file (URIs listed), or per listing failure, in input order."""
    for path in expand(inputs):
        if "://" in path:
            yield from ({"path": p, "item": None} for p in _listed(path))
        elif os.path.isdir(path):
            for found in walk(path):
                yield ({"path": found, "item": None} if isinstance(found, str)
                       else {"path": None, "item": pickle.dumps(found)})
        else:
            yield {"path": path, "item": None}


def _listed(uri: str) -> list[str]:
    import pyarrow.fs as pafs

    fs, root = pafs.FileSystem.from_uri(uri)
    info = fs.get_file_info(root)
    if info.type != pafs.FileType.Directory:
        return [uri]
    scheme = uri.split("://", 1)[0]
    found = fs.get_file_info(pafs.FileSelector(root, recursive=True))
    return sorted(f"{scheme}://{i.path}" for i in found
                  if i.type == pafs.FileType.File and kind_of(i.path)
                  and not os.path.basename(i.path).startswith("."))


def read_row(row: dict[str, Any], context: dict[str, Any], done: Any) -> Iterator[dict[str, Any]]:
    """One input file's records (on a worker), done articles replaced by Skipped. A
    generator, so that Ray cuts a large file's records into several blocks as they come."""
    if row["item"] is not None:
        yield {"item": row["item"]}
        return
    done = _resolved(done)
    path = row["path"]
    opener, kind = (_open_uri, kind_of(path)) if "://" in path else (None, None)
    for item in read_file(Context(**context), path, kind=kind, opener=opener):
        if isinstance(item, Article) and done and done_key(item) in done:
            item = Skipped(article_id=item.id, origin=item.origin)
        yield {"item": pickle.dumps(item)}


_DONE: dict[Any, set] = {}


def _resolved(done: Any) -> set:
    """The done set behind an object ref, fetched once per worker process."""
    if isinstance(done, set):
        return done
    if done not in _DONE:
        import ray

        _DONE.clear()
        _DONE[done] = ray.get(done)
    return _DONE[done]


def _open_uri(uri: str) -> Any:
    import pyarrow.fs as pafs

    fs, path = pafs.FileSystem.from_uri(uri)
    return fs.open_input_file(path)


def _coder_class(settings: Settings) -> type:
    """CodeBatch with the settings as a class attribute (no constructor arguments to keep
    in the object store)."""
    return type("CodeBatch", (CodeBatch,), {"settings": settings})


class CodeBatch:
    """A Ray actor holding one loaded Coder; codes the articles of each batch."""

    settings: Settings

    def __init__(self) -> None:
        from .pipeline import Coder

        self.coder = Coder(self.settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[bytes]]:
        items = [pickle.loads(raw) for raw in batch["item"]]
        articles = [item for item in items if isinstance(item, Article)]
        _maybe_fail_once(articles)
        coded = iter(self.coder.code_batch(articles))
        return {"result": [pickle.dumps(next(coded) if isinstance(item, Article) else item)
                           for item in items]}


def _maybe_fail_once(articles: list[Article]) -> None:
    """Tests: with COMMUNIQUE_TEST_DIE_ONCE=DIR, the first actor to see a batch dies once."""
    flag = os.environ.get("COMMUNIQUE_TEST_DIE_ONCE")
    if flag and articles:
        marker = os.path.join(flag, "died")
        if not os.path.exists(marker):
            open(marker, "w").close()
            os._exit(9)


def _unique(results: Iterator[Any]) -> Iterator[Any]:
    """Reject an article whose id an earlier input already had, as the local reader does."""
    seen: set[str] = set()
    for result in results:
        if isinstance(result, tuple):
            article = result[0]
            if article.id in seen:
                result = Rejection(origin=article.origin or article.id, article_id=article.id,
                                   reason=f"duplicate id {article.id!r}: already read in "
                                          "this run")
            seen.add(article.id)
        elif isinstance(result, Skipped):
            seen.add(result.article_id)
        yield result
