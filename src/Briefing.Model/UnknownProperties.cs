using System.Collections;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Briefing.Model;

/// <summary>
/// JSON members that this version of the model does not know, kept so that a document written by a
/// newer producer survives a read/write round trip unchanged. Read-only for callers; compared by
/// value (<see cref="JsonElement.DeepEquals(JsonElement, JsonElement)"/>), independent of member order.
/// </summary>
/// <remarks>
/// The serializer fills an instance through its <see cref="IDictionary{TKey, TValue}"/> interface
/// while reading; the owning model object freezes it as soon as reading completes, after which every
/// mutating member throws <see cref="NotSupportedException"/>.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named for what it holds, like JsonExtensionData.")]
public sealed class UnknownProperties : IReadOnlyDictionary<string, JsonElement>, IDictionary<string, JsonElement>, IEquatable<UnknownProperties>
{
    private readonly Dictionary<string, JsonElement> _members = new(StringComparer.Ordinal);
    private bool _frozen;

    /// <summary>Creates an empty instance. Used by the serializer; prefer <see cref="Create"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public UnknownProperties()
    {
    }

    /// <summary>Creates a frozen instance holding copies of <paramref name="members"/>.</summary>
    /// <param name="members">Member names and their JSON values.</param>
    /// <returns>A read-only instance.</returns>
    /// <exception cref="ArgumentException">A member name occurs twice.</exception>
    public static UnknownProperties Create(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var result = new UnknownProperties();
        foreach (var (key, value) in members)
        {
            result._members.Add(key, value.Clone());
        }

        result._frozen = true;
        return result;
    }

    /// <inheritdoc />
    public int Count => _members.Count;

    /// <inheritdoc />
    public JsonElement this[string key] => _members[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _members.Keys;

    /// <inheritdoc />
    public IEnumerable<JsonElement> Values => _members.Values;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _members.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out JsonElement value) => _members.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    JsonElement IDictionary<string, JsonElement>.this[string key]
    {
        get => _members[key];
        set
        {
            ThrowIfFrozen();
            _members[key] = value;
        }
    }

    ICollection<string> IDictionary<string, JsonElement>.Keys => _members.Keys;

    ICollection<JsonElement> IDictionary<string, JsonElement>.Values => _members.Values;

    bool ICollection<KeyValuePair<string, JsonElement>>.IsReadOnly => _frozen;

    void IDictionary<string, JsonElement>.Add(string key, JsonElement value)
    {
        ThrowIfFrozen();
        _members.Add(key, value);
    }

    void ICollection<KeyValuePair<string, JsonElement>>.Add(KeyValuePair<string, JsonElement> item)
    {
        ThrowIfFrozen();
        _members.Add(item.Key, item.Value);
    }

    void ICollection<KeyValuePair<string, JsonElement>>.Clear()
    {
        ThrowIfFrozen();
        _members.Clear();
    }

    bool ICollection<KeyValuePair<string, JsonElement>>.Contains(KeyValuePair<string, JsonElement> item) =>
        _members.TryGetValue(item.Key, out var value) && JsonElement.DeepEquals(value, item.Value);

    void ICollection<KeyValuePair<string, JsonElement>>.CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, JsonElement>>)_members).CopyTo(array, arrayIndex);

    bool IDictionary<string, JsonElement>.Remove(string key)
    {
        ThrowIfFrozen();
        return _members.Remove(key);
    }

    bool ICollection<KeyValuePair<string, JsonElement>>.Remove(KeyValuePair<string, JsonElement> item)
    {
        ThrowIfFrozen();
        return _members.Remove(item.Key);
    }

    /// <inheritdoc />
    public bool Equals(UnknownProperties? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in _members)
        {
            if (!other._members.TryGetValue(key, out var otherValue) || !JsonElement.DeepEquals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnknownProperties);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent: combine member names only (values are compared deeply in Equals).
        var hash = Count;
        foreach (var key in _members.Keys)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(key);
        }

        return hash;
    }

    internal void Freeze() => _frozen = true;

    private void ThrowIfFrozen()
    {
        if (_frozen)
        {
            throw new NotSupportedException("UnknownProperties is read-only once the owning object has been read.");
        }
    }
}
