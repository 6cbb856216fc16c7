using System.Text;
using Briefing.Model.Fuzz;
using SharpFuzz;

// The SharpFuzz harness (see README.md beside this file). Targets:
//   json  BriefingJson.Read on the input bytes
//   text  BriefingText.Parse on the input decoded as UTF-8
// Any exception escaping the library is a crash; so is a broken invariant (a failure without an error
// diagnostic, a read document that does not survive a JSON round trip), reported as an
// InvalidOperationException whose message starts with "invariant:".
return Harness.Run(args);

namespace Briefing.Model.Fuzz
{
    /// <summary>Argument handling: AFL++ (default), libFuzzer, replay of saved inputs, corpus seeding.</summary>
    internal static class Harness
    {
        private const string Usage = """
            usage: Briefing.Model.Fuzz json|text                  run under afl-fuzz (SharpFuzz fork server; input on stdin otherwise)
                   Briefing.Model.Fuzz json|text --libfuzzer      run under libfuzzer-dotnet
                   Briefing.Model.Fuzz json|text --replay PATH... run the target once on each file (or every file in each folder)
                   Briefing.Model.Fuzz --make-corpus DIR          write the initial corpus (DIR/text, DIR/json) from the seeds
            """;

        public static int Run(string[] args)
        {
            if (args is ["--make-corpus", var directory])
            {
                var written = Corpus.Write(directory, Path.Combine(AppContext.BaseDirectory, "seeds"));
                Console.WriteLine($"wrote {written} files under {Path.GetFullPath(directory)}");
                return 0;
            }

            if (args.Length == 0 || Targets.Find(args[0]) is not { } target)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            switch (args[1..])
            {
                case []:
                    Fuzzer.OutOfProcess.Run(stream => target(ReadAll(stream)));
                    return 0;
                case ["--libfuzzer"]:
                    Fuzzer.LibFuzzer.Run(span => target(span));
                    return 0;
                case ["--replay", .. var paths] when paths.Length > 0:
                    return Replay(target, paths);
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        /// <summary>Runs the target on saved inputs (a crash from findings/, a corpus), one line per file; exit 1 when any crashes.</summary>
        private static int Replay(Target target, string[] paths)
        {
            var crashes = 0;
            var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]);
            foreach (var file in files)
            {
                try
                {
                    target(File.ReadAllBytes(file));
                    Console.WriteLine($"ok     {file}");
                }
#pragma warning disable CA1031 // Replay reports every crash and goes on; under the fuzzer nothing is caught.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    crashes++;
                    Console.WriteLine($"CRASH  {file}: {exception.GetType().Name}: {exception.Message}");
                }
            }

            return crashes == 0 ? 0 : 1;
        }

        private static byte[] ReadAll(Stream stream)
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
    }

    /// <summary>A fuzz target: throws when it finds a bug.</summary>
    internal delegate void Target(ReadOnlySpan<byte> input);
}
