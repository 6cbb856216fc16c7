using AngleSharp.Dom;

namespace Briefing.Model.Html;

/// <summary>
/// Walks AngleSharp's tree by child index. A node's <c>NextSibling</c> there searches its parent's
/// children for it, so walking siblings with it costs the square of their number (a page of ten
/// thousand paragraphs in one element); by index it is linear.
/// </summary>
internal static class PageNodes
{
    /// <summary>The elements below <paramref name="root"/> (not itself), in document order; an explicit stack, so any depth is safe.</summary>
    public static IEnumerable<IElement> ElementsBelow(INode root)
    {
        var stack = new Stack<(INodeList Nodes, int Next)>();
        var nodes = root.ChildNodes;
        var next = 0;
        while (true)
        {
            if (next < nodes.Length)
            {
                var node = nodes[next++];
                if (node is IElement element)
                {
                    yield return element;
                }

                if (node.HasChildNodes)
                {
                    stack.Push((nodes, next));
                    nodes = node.ChildNodes;
                    next = 0;
                }
            }
            else if (stack.Count > 0)
            {
                (nodes, next) = stack.Pop();
            }
            else
            {
                yield break;
            }
        }
    }
}
