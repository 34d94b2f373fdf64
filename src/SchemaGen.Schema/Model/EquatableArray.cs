using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Schema.Model
{
    /// <summary>
    /// An immutable array compared by value. Incremental generator pipelines cache on equality, and arrays
    /// compare by reference, so every collection in the model is one of these. (Backed by a private array rather
    /// than ImmutableArray so that the schema assembly adds no dependency inside the compiler.)
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        private T[] Items => _items ?? Array.Empty<T>();

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items);

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                foreach (T item in Items)
                    hash = hash * 31 + (item is null ? 0 : item.GetHashCode());
                return hash;
            }
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) where T : IEquatable<T>
            => new EquatableArray<T>(items);
    }

    /// <summary>A string wrapper so that string lists can live in <see cref="EquatableArray{T}"/>.</summary>
    public readonly record struct Text(string Value)
    {
        public override string ToString() => Value;
        public static implicit operator string(Text text) => text.Value;
        public static implicit operator Text(string value) => new Text(value);
    }
}
