#!/usr/bin/env python3
"""
conflict-facts on a Dask cluster: extraction as a map over shards, the corpus merge as a reduce.

Starts nothing itself: it connects to a running scheduler (see docs/distributed.md for starting one and its
workers on several machines), and

  1. splits the JSON Lines inputs into shards of --shard-size records (a record without an "id" gets
     "<input as given>#<line>", the id the CLI would give it, so that an Article does not depend on its shard);
  2. maps each shard through the CLI on the workers (`conflict-facts extract - --stdin-format jsonl -f ndjson`,
     the shard on standard input), one task per shard; a task whose worker dies is run again elsewhere
     (Dask's own retry of lost tasks, and --retries for a CLI that fails outright);
  3. writes the NDJSON parts in shard order (OUT/parts/part-NNNNN.ndjson) and their concatenation,
     OUT/articles.ndjson: the bytes one `conflict-facts extract INPUTS -f ndjson` would write;
  4. runs the reduce: `conflict-facts events|timeline|entities --from-articles OUT/articles.ndjson` (here, by
     default, or on a worker with --reduce-on-cluster), writing OUT/events.json and the others asked for.

Progress and failed records go to stderr (a record that fails is one line naming its input and line; the
others are kept), and the failed records to OUT/failed.txt. Exit 0, or 1 when some records failed, 2 on bad
usage, 3 when a shard could not be extracted even after its retries.

  /usr/bin/python3 deploy/dask/run.py --scheduler tcp://10.0.0.5:8786 --out out/ corpus.jsonl
  /usr/bin/python3 deploy/dask/run.py --scheduler-file sched.json --cli "node /opt/conflict-facts/bin/conflict-facts.js" \
      --shard-size 500 --reduce events,timeline --out out/ feeds/*.jsonl
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time
import uuid


def extract_shard(cli, shard_text, ref_date, jobs):
    """On a worker: one shard through the CLI. Returns (exit code, NDJSON text, stderr text)."""
    args = shlex.split(cli) + ['extract', '-', '--stdin-format', 'jsonl', '-f', 'ndjson', '-j', str(jobs), '-q']
    if ref_date:
        args += ['--ref-date', ref_date]
    p = subprocess.run(args, input=shard_text.encode('utf-8'), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        # Not a bad record (exit 1) but a failed run: raise, so that Dask retries the shard.
        raise RuntimeError('conflict-facts exited %d: %s' % (p.returncode, p.stderr.decode('utf-8', 'replace').strip()[-2000:]))
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8', 'replace')


def reduce_corpus(cli, command, articles_path, out_path):
    """The tool's merge over the extracted Articles (on the client, or on a worker that sees the same files)."""
    args = shlex.split(cli) + [command, articles_path, '--from-articles', '-f', 'json', '-o', out_path, '-q']
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stderr.decode('utf-8', 'replace')


def shards(paths, size):
    """Yields (shard number, [(input path, line number, record line)]) in input order; blank lines skipped."""
    batch, n = [], 0
    for path in paths:
        # A bad byte becomes U+FFFD, as the CLI decodes it.
        with open(path, encoding='utf-8-sig', errors='replace') as f:
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                batch.append((path, line_no, line.rstrip('\r\n')))
                if len(batch) == size:
                    yield n, batch
                    batch, n = [], n + 1
    if batch:
        yield n, batch


def with_id(path, line_no, line):
    """The record with an id of its own: the CLI's fallback id, which names the input and line, not the shard."""
    try:
        record = json.loads(line)
    except ValueError:
        return line  # the CLI reports it, by its line in the shard (mapped back below)
    rid = record.get('id') if isinstance(record, dict) else None
    has_id = (isinstance(rid, str) and rid.strip() != '') or (isinstance(rid, (int, float)) and not isinstance(rid, bool))
    if isinstance(record, dict) and not has_id:
        record['id'] = '%s#%d' % (path, line_no)
        return json.dumps(record)  # ASCII escapes: a lone surrogate in the text stays valid
    return line


def record_id(path, line_no, line):
    """The id the CLI will give the record (as with_id writes it), to name a failed record by its input line."""
    try:
        rid = json.loads(line).get('id')
    except (ValueError, AttributeError):
        return None
    return str(rid) if rid is not None and not isinstance(rid, bool) else None


def main(argv=None):
    ap = argparse.ArgumentParser(description='conflict-facts on a Dask cluster: extract shards on the workers, then merge.')
    ap.add_argument('inputs', nargs='+', help='JSON Lines files of records (text, id, published, title)')
    ap.add_argument('--scheduler', help='the scheduler address, e.g. tcp://10.0.0.5:8786')
    ap.add_argument('--scheduler-file', help='the file a scheduler started with --scheduler-file wrote')
    ap.add_argument('--out', required=True, help='output folder (parts/, articles.ndjson, events.json, failed.txt)')
    ap.add_argument('--cli', default='conflict-facts', help='how a worker runs the CLI (default: conflict-facts on PATH)')
    ap.add_argument('--shard-size', type=int, default=200, help='records per shard (default 200)')
    ap.add_argument('--ref-date', help='passed to extract: the publication date of records that give none')
    ap.add_argument('--jobs', type=int, default=1, help='--jobs of each CLI run (default 1: one Dask worker thread per core)')
    ap.add_argument('--retries', type=int, default=2, help='runs again a shard whose CLI failed outright (default 2)')
    ap.add_argument('--reduce', default='events', help='corpus commands run over the Articles: events,timeline,entities (default events; "" for none)')
    ap.add_argument('--reduce-on-cluster', action='store_true', help='run the reduce on a worker (the workers must see --out)')
    args = ap.parse_args(argv)
    if args.shard_size < 1:
        ap.error('--shard-size must be 1 or more')
    if not args.scheduler and not args.scheduler_file:
        ap.error('give --scheduler ADDRESS or --scheduler-file FILE')
    reduces = [c for c in args.reduce.split(',') if c]
    bad = [c for c in reduces if c not in ('events', 'timeline', 'entities')]
    if bad:
        ap.error('--reduce: unknown command %s' % ', '.join(bad))
    try:
        from distributed import Client, as_completed
    except ImportError:
        print('run.py: Dask distributed is not installed (Debian: apt-get install python3-distributed; its python is /usr/bin/python3)', file=sys.stderr)
        return 2

    os.makedirs(os.path.join(args.out, 'parts'), exist_ok=True)
    client = Client(args.scheduler, timeout='60s') if args.scheduler else Client(scheduler_file=args.scheduler_file, timeout='60s')
    started = time.monotonic()
    workers = len(client.scheduler_info()['workers'])
    print('run.py: %d workers at %s' % (workers, client.scheduler.address), file=sys.stderr)

    run_id = uuid.uuid4().hex[:12]
    origin = {}  # shard -> [(path, line)] to name failed records by their input and line
    by_id = {}  # shard -> {record id: (path, line)}
    futures = {}
    for n, batch in shards(args.inputs, args.shard_size):
        origin[n] = [(p, l) for p, l, _ in batch]
        lines = [with_id(p, l, line) for p, l, line in batch]
        by_id[n] = {record_id(p, l, line): (p, l) for (p, l, _), line in zip(batch, lines)}
        text = '\n'.join(lines) + '\n'
        # A key of this run's own: two runs on one cluster (or one after another, before the scheduler forgets
        # the first's tasks) must not share results.
        future = client.submit(extract_shard, args.cli, text, args.ref_date, args.jobs, key='conflict-facts-%s-shard-%05d' % (run_id, n), retries=args.retries, pure=False)
        futures[future] = n
    total = len(futures)
    print('run.py: %d shards of at most %d records submitted' % (total, args.shard_size), file=sys.stderr)

    parts, failed_records, failed_shards, done, articles = {}, [], [], 0, 0
    for future in as_completed(futures):
        n = futures[future]
        try:
            code, ndjson, stderr = future.result()
        except Exception as err:  # the shard failed after its retries
            failed_shards.append(n)
            print('run.py: shard %d failed: %s' % (n, str(err).strip()[:500]), file=sys.stderr)
            continue
        parts[n] = ndjson
        with open(os.path.join(args.out, 'parts', 'part-%05d.ndjson' % n), 'w', encoding='utf-8') as f:
            f.write(ndjson)
        failed_before = len(failed_records)
        for line in stderr.splitlines():
            if not line.startswith('conflict-facts: error: '):
                continue
            rest = line[len('conflict-facts: error: '):]
            where = None
            if rest.startswith('-:'):
                # "-:LINE: message": a record named by its line in the shard.
                shard_line, _, message = rest[2:].partition(':')
                if shard_line.isdigit() and 0 < int(shard_line) <= len(origin[n]):
                    where = origin[n][int(shard_line) - 1]
            else:
                # "ID: message": a record that failed in extraction (time budget, a bug), named by its id.
                for rid, place in by_id[n].items():
                    if rid is not None and rest.startswith(rid + ': '):
                        where, message = place, ' ' + rest[len(rid) + 2:]
                        break
            entry = '%s:%d:%s' % (where[0], where[1], message) if where else 'shard %d: %s' % (n, rest)
            failed_records.append(entry)
            print('run.py: %s' % entry, file=sys.stderr)
        if code == 1 and len(failed_records) == failed_before:
            entry = 'shard %d: the CLI reported failed records without naming them' % n
            failed_records.append(entry)
            print('run.py: %s' % entry, file=sys.stderr)
        done += 1
        articles += ndjson.count('\n')
        elapsed = time.monotonic() - started
        print('run.py: shard %d done (%d/%d shards, %d articles, %.1f articles/s)' % (n, done, total, articles, articles / max(elapsed, 1e-3)), file=sys.stderr, flush=True)

    with open(os.path.join(args.out, 'articles.ndjson'), 'w', encoding='utf-8') as f:
        for n in sorted(parts):
            f.write(parts[n])
    with open(os.path.join(args.out, 'failed.txt'), 'w', encoding='utf-8') as f:
        f.writelines(r + '\n' for r in failed_records)
    if failed_shards:
        print('run.py: %d of %d shards failed; no reduce' % (len(failed_shards), total), file=sys.stderr)
        client.close()
        return 3

    articles_path = os.path.abspath(os.path.join(args.out, 'articles.ndjson'))
    for command in reduces:
        out_path = os.path.abspath(os.path.join(args.out, command + '.json'))
        if args.reduce_on_cluster:
            code, stderr = client.submit(reduce_corpus, args.cli, command, articles_path, out_path, pure=False).result()
        else:
            code, stderr = reduce_corpus(args.cli, command, articles_path, out_path)
        if code != 0:
            print('run.py: %s failed (exit %d): %s' % (command, code, stderr.strip()), file=sys.stderr)
            client.close()
            return 3
        print('run.py: %s written to %s' % (command, out_path), file=sys.stderr)
    elapsed = time.monotonic() - started
    print('run.py: %d articles in %.1f s (%.1f articles/s) on %d workers; %d records failed' % (articles, elapsed, articles / max(elapsed, 1e-3), workers, len(failed_records)), file=sys.stderr)
    client.close()
    return 1 if failed_records else 0


if __name__ == '__main__':
    sys.exit(main())
