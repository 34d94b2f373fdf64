using System;
using System.Collections.Generic;
using System.Threading;

namespace SchemaGen.Cli.Checking
{
    /// <summary>
    /// Runs work items on several threads and hands their results back in input order, each as soon as it and every
    /// item before it are done: a bounded reorder buffer. Workers never run more than <c>window</c> items ahead of the
    /// consumer, so memory holds at most that many results whatever the number of items. An interrupt stops the start of
    /// new items; the results already done are still handed back, in order, and the items in flight are left out.
    /// </summary>
    public sealed class OrderedBatch<T> where T : class
    {
        private readonly object _gate = new();
        private readonly T?[] _results;
        private readonly bool[] _done;
        private readonly int _count;
        private readonly Func<int, CancellationToken, T?> _work;
        private readonly CancellationToken _interrupt;
        private int _nextToStart;
        private int _nextToConsume;

        private OrderedBatch(int count, int window, Func<int, CancellationToken, T?> work, CancellationToken interrupt)
        {
            _count = count;
            _results = new T?[window];
            _done = new bool[window];
            _work = work;
            _interrupt = interrupt;
        }

        /// <summary>
        /// Runs <paramref name="work"/> for items 0 … count−1 on <paramref name="workers"/> threads and calls
        /// <paramref name="consume"/> on the calling thread with each result, in item order. Work that returns null (it
        /// was interrupted) is not consumed. <paramref name="work"/> must not throw: it runs on threads of its own.
        /// Returns whether every item was consumed (false after an interrupt).
        /// </summary>
        public static bool Run(int count, int workers, Func<int, CancellationToken, T?> work, Action<int, T> consume, CancellationToken interrupt)
        {
            if (count == 0) return true;
            workers = Math.Max(1, Math.Min(workers, count));
            var batch = new OrderedBatch<T>(count, Math.Min(count, workers * 4), work, interrupt);
            using CancellationTokenRegistration wake = interrupt.Register(batch.WakeAll);
            for (int i = 0; i < workers; i++)
                new Thread(batch.WorkLoop) { IsBackground = true, Name = "schemagen check " + i }.Start();
            return batch.ConsumeInOrder(consume);
        }

        private int Slot(int index) => index % _results.Length;

        private void WakeAll()
        {
            lock (_gate) Monitor.PulseAll(_gate);
        }

        private void WorkLoop()
        {
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (!_interrupt.IsCancellationRequested && _nextToStart < _count && _nextToStart - _nextToConsume >= _results.Length)
                        Monitor.Wait(_gate);
                    if (_interrupt.IsCancellationRequested || _nextToStart >= _count) return;
                    index = _nextToStart++;
                }
                T? result = _work(index, _interrupt);
                lock (_gate)
                {
                    _results[Slot(index)] = result;
                    _done[Slot(index)] = true;
                    Monitor.PulseAll(_gate);
                }
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
