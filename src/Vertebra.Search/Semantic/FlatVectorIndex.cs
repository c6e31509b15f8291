using System.Buffers;
using System.Numerics.Tensors;

namespace Vertebra.Search.Semantic;

/// <summary>
/// Every vector in one contiguous array, searched by a full scan with SIMD dot products
/// (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>). Exact; about 2–5 ms for 50,000
/// vectors of 384 numbers on one core. A removed vector's slot is reused by the next one added.
/// </summary>
public sealed class FlatVectorIndex : IVectorIndex, IDisposable
{
    private readonly ReaderWriterLockSlim rw = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);
    private readonly Stack<int> free = new();
    private float[] data;
    private string?[] keys;
    private int used;

    /// <summary>An empty index for vectors of <paramref name="dimensions"/> numbers.</summary>
    public FlatVectorIndex(int dimensions, int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        capacity = Math.Max(16, capacity);
        data = new float[checked(capacity * dimensions)];
        keys = new string?[capacity];
    }

    /// <inheritdoc />
    public int Dimensions { get; }

    /// <inheritdoc />
    public int Count
    {
        get
        {
            rw.EnterReadLock();
            try
            {
                return slots.Count;
            }
            finally
            {
                rw.ExitReadLock();
            }
        }
    }

    /// <inheritdoc />
    public void Set(string key, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"A vector needs {Dimensions} numbers; this one has {vector.Length}.", nameof(vector));
        }

        rw.EnterWriteLock();
        try
        {
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = free.Count > 0 ? free.Pop() : used++;
                if (slot >= keys.Length)
                {
                    Array.Resize(ref keys, keys.Length * 2);
                    Array.Resize(ref data, keys.Length * Dimensions);
                }

                slots[key] = slot;
                keys[slot] = key;
            }

            vector.CopyTo(data.AsSpan(slot * Dimensions, Dimensions));
        }
        finally
        {
            rw.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        rw.EnterWriteLock();
        try
        {
            if (!slots.Remove(key, out var slot))
            {
                return false;
            }

            keys[slot] = null;
            data.AsSpan(slot * Dimensions, Dimensions).Clear();
            free.Push(slot);
            return true;
        }
        finally
        {
            rw.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public void Clear()
    {
        rw.EnterWriteLock();
        try
        {
            slots.Clear();
            free.Clear();
            Array.Clear(keys);
            used = 0;
        }
        finally
        {
            rw.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public bool Contains(string key)
    {
        rw.EnterReadLock();
        try
        {
            return slots.ContainsKey(key);
        }
        finally
        {
            rw.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int top)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query needs {Dimensions} numbers; it has {query.Length}.", nameof(query));
        }

        if (top <= 0)
        {
            return [];
        }

        rw.EnterReadLock();
        try
        {
            var n = used;
            var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, n));
            try
            {
                var rows = data.AsSpan(0, n * Dimensions);
                for (var i = 0; i < n; i++)
                {
                    scores[i] = TensorPrimitives.Dot(rows.Slice(i * Dimensions, Dimensions), query);
                }

                // Keep the best `top` in a min-heap: the root is the weakest of those kept.
                var heap = new PriorityQueue<int, float>(top + 1);
                for (var i = 0; i < n; i++)
                {
                    if (keys[i] is null)
                    {
                        continue;
                    }

                    if (heap.Count < top)
                    {
                        heap.Enqueue(i, scores[i]);
                    }
                    else if (heap.TryPeek(out _, out var weakest) && scores[i] > weakest)
                    {
                        heap.EnqueueDequeue(i, scores[i]);
                    }
                }

                var hits = new VectorHit[heap.Count];
                for (var k = hits.Length - 1; k >= 0; k--)
                {
                    var slot = heap.Dequeue();
                    hits[k] = new VectorHit(keys[slot]!, scores[slot]);
                }

                return hits;
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scores);
            }
        }
        finally
        {
            rw.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => rw.Dispose();
}
