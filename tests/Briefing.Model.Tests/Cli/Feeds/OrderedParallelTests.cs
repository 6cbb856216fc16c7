using Briefing.Cli.Feeds;

namespace Briefing.Model.Tests.Cli.Feeds;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Results_come_back_in_input_order_whatever_the_timing()
    {
        var items = Enumerable.Range(0, 1000);

        var results = OrderedParallel.Select(items, i =>
        {
            Thread.SpinWait((1000 - i) % 97 * 50);
            return i * 2;
        }, batchSize: 64, degreeOfParallelism: 4).ToList();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Theory]
    [InlineData(256, 10, 10)]
    [InlineData(4, 1000, 4)]
    public void No_more_than_a_batch_is_read_ahead(int batchSize, long maxWeight, int expectedPulled)
    {
        var pulled = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 100; i++)
            {
                pulled++;
                yield return i;
            }
        }

        using var results = OrderedParallel.Select(Source(), i => i, batchSize, 2, weight: _ => 1, maxBatchWeight: maxWeight).GetEnumerator();

        Assert.True(results.MoveNext());
        Assert.Equal(0, results.Current);
        Assert.Equal(expectedPulled, pulled);
    }

    [Fact]
    public void An_empty_input_gives_no_results() =>
        Assert.Empty(OrderedParallel.Select(Array.Empty<int>(), i => i));
}
