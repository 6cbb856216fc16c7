namespace Briefing.Model.Tests.Json;

/// <summary>
/// The fast JSON writer's member code and the create-then-set binding table are generated from the
/// serializer's metadata (<see cref="ContractCode"/>), not written by hand: the JSON contract is
/// defined once, by the model's attributes.
/// </summary>
public sealed class ContractCodeTests
{
    /// <summary>
    /// The checked-in code is what the metadata generates. To accept a deliberate contract change,
    /// run the tests with BRIEFING_UPDATE_CONTRACT=1, rebuild, and review the diff.
    /// </summary>
    [Fact]
    public void Checked_in_contract_code_equals_the_generated_code()
    {
        var generated = ContractCode.Generate();
        if (Environment.GetEnvironmentVariable("BRIEFING_UPDATE_CONTRACT") == "1")
        {
            File.WriteAllText(ContractCode.CheckedInPath, generated);
        }

        Assert.Equal(generated, File.ReadAllText(ContractCode.CheckedInPath).ReplaceLineEndings("\n"));
    }
}
