using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace SchemaGen.Cli.Checking
{
    /// <summary>What a batch does with one item: the work, and the results that stand in for it when it overruns its budget or throws.</summary>
    /// <param name="Run">The work on item i. It should stop when its token is cancelled, but need not; it returns null when it stopped without a result.</param>
    /// <param name="TimedOut">The result of an item that overran the time budget.</param>
    /// <param name="Failed">The result of an item whose work threw.</param>
    public sealed record BatchWork<T>(Func<int, CancellationToken, T?> Run, Func<int, T> TimedOut, Func<int, Exception, T> Failed) where T : class;

    /// <summary>
    /// Runs work items on worker threads and hands their results back in input order, each as soon as it and every
    /// item before it are done: a bounded reorder buffer. Workers never run more than <c>window</c> items ahead of the
    /// consumer, so memory holds at most that many results whatever the number of items.
    /// <para>
    /// Each item has a time budget. A watchdog gives an item that overruns it its "timed out" result, cancels its token
    /// and puts a new worker in place of the one still busy with it, which is abandoned: it finishes (or not) in the
    /// background, and what it returns is dropped. Nothing waits for it, not even the thread pool, so a stuck item never
    /// slows the others.
    /// </para>
    /// <para>
    /// An interrupt stops the start of new items and cancels the running ones; the results already done are handed
    /// back, in order, and the items in flight are left out.
    /// </para>
    /// </summary>
    public sealed class OrderedBatch<T> where T : class
    {
        private readonly object _gate = new();
        private readonly T?[] _results;
        private readonly bool[] _done;
        private readonly int _count;
        private readonly BatchWork<T> _work;
        private readonly TimeSpan? _budget;
        private readonly CancellationToken _interrupt;
        private readonly List<Worker> _busy = new();
        // Lets the watchdog sleep apart from the gate, which is pulsed for every result, and wake at once at the end.
        private readonly ManualResetEventSlim _over = new();
        private int _nextToStart;
        private int _nextToConsume;
        private bool _finished;

        /// <summary>What one worker thread is doing: which item, since when, and whether it has been given up on.</summary>
        private sealed class Worker
        {
            public int Item = -1;
            public long Started;
            public CancellationTokenSource? Cancellation;
            public bool Abandoned;
        }

        private OrderedBatch(int count, int window, BatchWork<T> work, TimeSpan? budget, CancellationToken interrupt)
        {
            _count = count;
            _results = new T?[window];
            _done = new bool[window];
            _work = work;
            _budget = budget;
            _interrupt = interrupt;
        }

        /// <summary>
        /// Runs items 0 … count−1 on <paramref name="workers"/> threads, each within <paramref name="budget"/> (null: no
        /// limit), and calls <paramref name="consume"/> on the calling thread with each result, in item order. Returns
        /// whether every item was consumed (false after an interrupt).
        /// </summary>
        public static bool Run(int count, int workers, TimeSpan? budget, BatchWork<T> work, Action<int, T> consume, CancellationToken interrupt)
        {
            if (count == 0) return true;
            workers = Math.Max(1, Math.Min(workers, count));
            var batch = new OrderedBatch<T>(count, Math.Min(count, workers * 4), work, budget, interrupt);
            using CancellationTokenRegistration wake = interrupt.Register(batch.OnInterrupt);
            for (int i = 0; i < workers; i++) batch.StartWorker();
            if (budget is not null) new Thread(batch.Watch) { IsBackground = true, Name = "schemagen watchdog" }.Start();
            try
            {
                return batch.ConsumeInOrder(consume);
            }
            finally
            {
                lock (batch._gate)
                {
                    batch._finished = true;
                    Monitor.PulseAll(batch._gate);
                }
                batch._over.Set();
            }
        }

        private int Slot(int index) => index % _results.Length;

        private void StartWorker()
            => new Thread(WorkLoop) { IsBackground = true, Name = "schemagen check" }.Start(new Worker());

        /// <summary>The running items' tokens are linked to the interrupt and cancelled with it; the waiting threads need waking.</summary>
        private void OnInterrupt()
        {
            lock (_gate) Monitor.PulseAll(_gate);
            _over.Set();
        }

        private void WorkLoop(object? state)
        {
            var worker = (Worker)state!;
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (!_finished && !_interrupt.IsCancellationRequested && _nextToStart < _count && _nextToStart - _nextToConsume >= _results.Length)
                        Monitor.Wait(_gate);
                    if (_finished || _interrupt.IsCancellationRequested || _nextToStart >= _count) return;
                    index = _nextToStart++;
                    worker.Item = index;
                    worker.Started = Stopwatch.GetTimestamp();
                    worker.Cancellation = CancellationTokenSource.CreateLinkedTokenSource(_interrupt);
                    _busy.Add(worker);
                }
                T? result;
                try
                {
                    result = _work.Run(index, worker.Cancellation.Token);
                }
                catch (Exception ex)
                {
                    result = _work.Failed(index, ex);
                }
                lock (_gate)
                {
                    // Given up on (its result is already in), or interrupted (what it made of the cancellation is not its result).
                    if (worker.Abandoned) return;
                    _busy.Remove(worker);
                    worker.Cancellation.Dispose();
                    Store(index, _interrupt.IsCancellationRequested ? null : result);
                }
            }
        }

        /// <summary>Under the lock: the result of an item (null: none, it was interrupted), for the consumer.</summary>
        private void Store(int index, T? result)
        {
            _results[Slot(index)] = result;
            _done[Slot(index)] = true;
            Monitor.PulseAll(_gate);
        }

        /// <summary>Gives each item that overran the budget its timed-out result and its worker's place to a new worker.</summary>
        private void Watch()
        {
            TimeSpan budget = _budget!.Value;
            long budgetTicks = (long)(budget.TotalSeconds * Stopwatch.Frequency);
            // Often enough that an overrun is seen within a quarter of the budget; seldom enough to cost nothing.
            int interval = (int)Math.Clamp(budget.TotalMilliseconds / 4, 1, 500);
            var overrun = new List<CancellationTokenSource>();
            while (true)
            {
                lock (_gate)
                {
                    if (_finished || _interrupt.IsCancellationRequested) return;
                    long now = Stopwatch.GetTimestamp();
                    foreach (Worker worker in _busy.ToArray())
                    {
                        if (now - worker.Started < budgetTicks) continue;
                        worker.Abandoned = true;
                        _busy.Remove(worker);
                        overrun.Add(worker.Cancellation!);
                        Store(worker.Item, _work.TimedOut(worker.Item));
                        StartWorker();
                    }
                }
                // Outside the lock: cancelling runs whatever the work registered on its token.
                foreach (CancellationTokenSource cancellation in overrun) cancellation.Cancel();
                if (overrun.Count == 0) _over.Wait(interval);
                overrun.Clear();
            }
        }

        private bool ConsumeInOrder(Action<int, T> consume)
        {
            for (int index = 0; index < _count; index++)
            {
                T? result = null;
                List<(int Index, T Result)>? doneBeforeInterrupt = null;
                lock (_gate)
                {
                    while (!_done[Slot(index)] && !_interrupt.IsCancellationRequested) Monitor.Wait(_gate);
                    if (_done[Slot(index)]) result = Take(index);
                    else doneBeforeInterrupt = DoneFrom(index);
                }
                if (doneBeforeInterrupt is not null)
                {
                    foreach (var (doneIndex, doneResult) in doneBeforeInterrupt) consume(doneIndex, doneResult);
                    return false;
                }
                if (result is not null) consume(index, result);
            }
            return !_interrupt.IsCancellationRequested;
        }

        private T? Take(int index)
        {
            T? result = _results[Slot(index)];
            _results[Slot(index)] = null;
            _done[Slot(index)] = false;
            _nextToConsume = index + 1;
            Monitor.PulseAll(_gate);
            return result;
        }

        /// <summary>After an interrupt: the results already done from <paramref name="first"/> on, in order; the items still in flight are left out.</summary>
        private List<(int Index, T Result)> DoneFrom(int first)
        {
            var done = new List<(int, T)>();
            for (int index = first; index < _nextToStart; index++)
            {
                if (!_done[Slot(index)]) continue;
                T? result = _results[Slot(index)];
                if (result is not null) done.Add((index, result));
            }
            return done;
        }
    }
}
