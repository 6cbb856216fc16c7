using System.Buffers;

namespace Briefing.Model.Text;

/// <summary>
/// The input split into lines (LF, CRLF or CR) and blocks (runs of non-blank lines), with the
/// positions needed to report findings against the text. One pass, linear in the input.
/// </summary>
internal sealed class SourceText
{
    /// <summary>The C0 control characters other than tab, line feed and carriage return.</summary>
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly string _text;
    private readonly int _start;
    private List<int>? _lineStarts; // built on the first PositionOf (a diagnostic), not on every parse

    private SourceText(string text, int start, List<RawBlock> blocks, List<(int Start, int Length)> blockLines, List<RawBlock> pool)
    {
        _text = text;
        _start = start;
        blocks.Clear();
        blockLines.Clear();
        var blockFirstLine = 0;
        var position = start;
        var lineIndex = 0;
        while (true)
        {
            var rest = text.AsSpan(position);
            var end = rest.IndexOfAny('\r', '\n');
            var length = end < 0 ? rest.Length : end;
            if (IsBlank(rest[..length]))
            {
                Flush();
            }
            else
            {
                if (blockLines.Count == 0)
                {
                    blockFirstLine = lineIndex;
                }

                blockLines.Add((position, length));
            }

            if (end < 0)
            {
                break;
            }

            position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            lineIndex++;
            if (position == text.Length)
            {
                // A final line terminator ends the last line; it does not open an empty one.
                break;
            }
        }

        Flush();
        Blocks = blocks;

        void Flush()
        {
            if (blockLines.Count == 0)
            {
                return;
            }

            blocks.Add(RawBlock.Create(text, blockLines, blockFirstLine, pool.Count > 0 ? pool[^1] : null));
            if (pool.Count > 0)
            {
                pool.RemoveAt(pool.Count - 1);
            }

            blockLines.Clear();
        }
    }

    /// <summary>The blocks in input order (the parser's to change: it splits the title block).</summary>
    public List<RawBlock> Blocks { get; }

    /// <summary>
    /// Splits <paramref name="text"/>, skipping a leading byte order mark, into the scratch's block list
    /// (which becomes <see cref="Blocks"/>: the parse's until it gives the scratch back).
    /// </summary>
    public static SourceText Create(string text, ParseScratch scratch) =>
        new(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0, scratch.Blocks, scratch.BlockLines, scratch.ReleasedBlocks);

    /// <summary>Whether a line holds only white space (spaces, tabs, NBSP and other Unicode spaces).</summary>
    public static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The 1-based line and column of an offset into the whole input.</summary>
    public TextPosition PositionOf(int offset)
    {
        _lineStarts ??= LineStarts(_text, _start);
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Max(index, 0);
        return new TextPosition(index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>The offset at which each line starts, split as the constructor splits them.</summary>
    private static List<int> LineStarts(string text, int start)
    {
        var starts = new List<int>();
        var position = start;
        while (true)
        {
            starts.Add(position);
            var rest = text.AsSpan(position);
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                return starts;
            }

            position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            if (position == text.Length)
            {
                return starts;
            }
        }
    }

    /// <summary>The first offset (after any BOM) at which a C0 control character other than tab occurs, or -1.</summary>
    public int FirstControlCharacter() => _text.AsSpan().IndexOfAny(ControlCharacters);
}

/// <summary>
/// A block of the input: its non-blank lines joined with <c>\n</c>, exactly as written otherwise, and
/// where each line came from. The joined <see cref="Text"/> is made on first use: the parser reads
/// some blocks (the disclaimer's) only line by line, straight from the input. Blocks never leave a
/// parse, so the parse scratch keeps them for the next parse on the thread (<see cref="Create"/>
/// re-initialises one, <see cref="Release"/> makes it forget its input).
/// </summary>
internal sealed class RawBlock
{
    private string _source = "";
    private int _start;          // a one-line block: where its line is in the source
    private int _length;         // the length of Text
    private int[]? _lineStarts;  // a block of several lines: where each is in the source,
    private int[]? _lineOffsets; // and where each is in Text
    private string? _text;

    private RawBlock()
    {
    }

    /// <summary>The block's text: its lines joined with <c>\n</c>.</summary>
    public string Text => _text ??= Join();

    /// <summary>The 0-based index of the block's first line in the input.</summary>
    public int FirstLine { get; private set; }

    /// <summary>How many lines the block has.</summary>
    public int LineCount => _lineOffsets?.Length ?? 1;

    /// <summary>The position of the block's first character.</summary>
    public TextPosition Start => new(FirstLine + 1, 1);

    /// <summary>A block of <paramref name="lines"/> of <paramref name="source"/>, made from <paramref name="reuse"/> (a released block) when given.</summary>
    public static RawBlock Create(string source, List<(int Start, int Length)> lines, int firstLine, RawBlock? reuse = null)
    {
        var block = reuse ?? new RawBlock();
        block._source = source;
        block._text = null;
        block.FirstLine = firstLine;
        if (lines.Count == 1)
        {
            (block._start, block._length) = lines[0];
            block._lineStarts = block._lineOffsets = null;
            return block;
        }

        var starts = new int[lines.Count];
        var offsets = new int[lines.Count];
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = lines[i].Start;
            offsets[i] = length + i; // the lines before, and a '\n' after each of them
            length += lines[i].Length;
        }

        block._start = 0;
        block._length = length + lines.Count - 1;
        block._lineStarts = starts;
        block._lineOffsets = offsets;
        return block;
    }

    /// <summary>Forgets the input and the text, so that a block kept for reuse holds no document.</summary>
    public void Release()
    {
        _source = "";
        _text = null;
        _lineStarts = _lineOffsets = null;
    }

    /// <summary>The text of line <paramref name="index"/> (0-based within the block).</summary>
    public string Line(int index) => _lineOffsets is null ? Text : LineSpan(index).ToString();

    /// <summary>The text of line <paramref name="index"/> (0-based within the block), without copying it.</summary>
    public ReadOnlySpan<char> LineSpan(int index) =>
        _lineStarts is null ? _source.AsSpan(_start, _length) : _source.AsSpan(_lineStarts[index], LineLength(index));

    /// <summary>The input position of an offset into <see cref="Text"/>.</summary>
    public TextPosition PositionOf(int offset)
    {
        if (_lineOffsets is null)
        {
            return new TextPosition(FirstLine + 1, offset + 1);
        }

        var index = Array.BinarySearch(_lineOffsets, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        index = Math.Max(index, 0);
        return new TextPosition(FirstLine + index + 1, offset - _lineOffsets[index] + 1);
    }

    /// <summary>A block made of the lines from <paramref name="fromLine"/> on (used to split the title off a multi-line first block).</summary>
    public RawBlock Rest(int fromLine)
    {
        var lines = new List<(int Start, int Length)>();
        for (var i = fromLine; i < _lineStarts!.Length; i++)
        {
            lines.Add((_lineStarts[i], LineLength(i)));
        }

        return Create(_source, lines, FirstLine + fromLine);
    }

    private int LineLength(int index) =>
        (index + 1 < _lineOffsets!.Length ? _lineOffsets[index + 1] - 1 : _length) - _lineOffsets[index];

    /// <summary>The lines joined with '\n', written straight into a string of the exact length.</summary>
    private string Join()
    {
        if (_lineStarts is null)
        {
            return _source.Substring(_start, _length);
        }

        return string.Create(_length, this, static (destination, block) =>
        {
            for (var i = 0; i < block._lineStarts!.Length; i++)
            {
                var at = block._lineOffsets![i];
                if (i > 0)
                {
                    destination[at - 1] = '\n';
                }

                block.LineSpan(i).CopyTo(destination[at..]);
            }
        });
    }
}
