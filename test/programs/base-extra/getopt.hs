-- System.Console.GetOpt: getOpt / getOpt' under the three orderings, short
-- clusters, glued and separate values, long prefixes, ambiguity, errors,
-- "--", usageInfo's table, and the Functor instances.
import System.Console.GetOpt
import System.Environment (getArgs)

data Flag
  = Verbose
  | Version
  | Output (Maybe String)
  | Input String
  | LibDir String
  | Arg String
  | Level Int
  deriving (Show, Eq)

options :: [OptDescr Flag]
options =
  [ Option ['v'] ["verbose"] (NoArg Verbose) "chatty output on stderr",
    Option ['V', '?'] ["version", "vers"] (NoArg Version) "show version number",
    Option ['o'] ["output"] (OptArg Output "FILE") "output FILE\nsecond line of help",
    Option ['c'] [] (ReqArg Input "FILE") "input FILE",
    Option ['L'] ["libdir"] (ReqArg LibDir "DIR") "library directory",
    Option [] ["level", "lev"] (ReqArg (Level . read) "N") "",
    Option ['x'] ["extra"] (NoArg Verbose) "one\n\nthree"
  ]

-- two options sharing a short letter and a long prefix
clashing :: [OptDescr Flag]
clashing =
  [ Option ['a'] ["alpha"] (NoArg Verbose) "first",
    Option ['a'] ["alps"] (NoArg Version) "second"
  ]

cases :: [[String]]
cases =
  [ [],
    ["-v", "foo", "--version", "bar"],
    ["-vVo", "x", "-ofile", "--output", "--output=out", "--out=o2"],
    ["-c", "in.txt", "-cglued", "-L/lib", "--libdir", "/usr/lib", "--libdir=/l"],
    ["-c"],
    ["--libdir"],
    ["--verbose=3", "--vers", "--ver", "--v"],
    ["-q", "-vqz", "--bogus", "--bogus=3", "-"],
    ["a", "--", "-v", "--version", "b"],
    ["--level=12", "--lev", "7", "--le=3", "--l=4"],
    ["-?", "-x", "--ext", "--output=", "-o"],
    ["--=x", "---v", "--", "--"]
  ]

showResult :: ([Flag], [String], [String]) -> String
showResult (os, ns, es) = unlines ["  opts: " ++ show os, "  non-opts: " ++ show ns, "  errors: " ++ show es]

main :: IO ()
main = do
  args <- getArgs
  mapM_ run (args : cases)
  putStr (usageInfo "Usage: prog [OPTION...] files..." options)
  putStr (usageInfo "" [])
  putStr (usageInfo "clashing:" clashing)
  print (getOpt Permute clashing ["-a", "--al", "--alp", "--alpha"])
  print (getOpt' Permute clashing ["-b", "--al", "-ab"])
  -- Functor instances
  let doubled = map (fmap (\f -> [f, f])) options
  print (fst3 (getOpt Permute doubled ["-v", "-c", "z", "--output=q"]))
  let order = fmap length (ReturnInOrder id :: ArgOrder String)
  print (getOpt order (map (fmap (length . show)) options) ["abc", "-v", "hello"])
  print (getOpt (fmap Arg RequireOrder) options ["-v"])
  print (getOpt (fmap Arg Permute) options ["p", "-v"])
  case fmap length (OptArg (maybe "none" id) "X") of
    OptArg f n -> print (f Nothing, f (Just "abc"), n)
    _ -> putStrLn "?"
  case (5 <$ ReqArg id "Y", 'c' <$ NoArg (), () <$ OptArg id "Z") of
    (ReqArg f n, NoArg c, OptArg g m) -> print (f "s", n, c, g Nothing, m)
    _ -> putStrLn "?"
  case 'k' <$ Option "s" ["long"] (NoArg ()) "help" of
    Option s l (NoArg k) h -> print (s, l, k, h)
    _ -> putStrLn "?"
  where
    fst3 (a, _, _) = a
    run as = do
      putStrLn ("args " ++ show as)
      putStr ("Permute\n" ++ showResult (getOpt Permute options as))
      putStr ("RequireOrder\n" ++ showResult (getOpt RequireOrder options as))
      putStr ("ReturnInOrder\n" ++ showResult (getOpt (ReturnInOrder Arg) options as))
      let (os, ns, us, es) = getOpt' Permute options as
      putStrLn ("getOpt' " ++ show (os, ns, us, es))
