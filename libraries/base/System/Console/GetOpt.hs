-- Clean-room System.Console.GetOpt (base-4.15.1's API), written from its
-- documentation (the option syntax it accepts, the three orderings, the
-- usage table), the interface file (the data types' constructors and field
-- order, the Functor instances) and the behaviour of GHC-compiled programs
-- (the error texts, the table's layout). Compiled into
-- preludes/base/System.Console.GetOpt.stg by scripts/gen-library-preludes.mjs.
module System.Console.GetOpt
  ( ArgOrder (..),
    OptDescr (..),
    ArgDescr (..),
    usageInfo,
    getOpt,
    getOpt',
    -- an internal -O1 code calls (getOpt's unfolding)
    zz_errUnrec,
  )
where

import Data.List (isPrefixOf)

data ArgOrder a
  = RequireOrder
  | Permute
  | ReturnInOrder (String -> a)

data OptDescr a = Option [Char] [String] (ArgDescr a) String

data ArgDescr a
  = NoArg a
  | ReqArg (String -> a) String
  | OptArg (Maybe String -> a) String

instance Functor ArgOrder where
  fmap _ RequireOrder = RequireOrder
  fmap _ Permute = Permute
  fmap f (ReturnInOrder g) = ReturnInOrder (f . g)

instance Functor OptDescr where
  fmap f (Option shorts longs ad help) = Option shorts longs (fmap f ad) help

instance Functor ArgDescr where
  fmap f (NoArg a) = NoArg (f a)
  fmap f (ReqArg g name) = ReqArg (f . g) name
  fmap f (OptArg g name) = OptArg (f . g) name

-- What one command-line word (with the words after it) stands for.
data Piece a
  = Found a
  | Unknown String
  | Plain String
  | Stop () -- a field: our own nullary constructors have no static closure
  | Problem String

-- The usage table: a header line, then one row per line of each option's
-- help, in three columns (short forms, long forms, help), each of the first
-- two padded to its widest entry.
usageInfo :: String -> [OptDescr a] -> String
usageInfo header descrs = unlines (header : map row (zip3 (pad shorts) (pad longs) helps))
  where
    rows = concatMap optionRows descrs
    shorts = [s | (s, _, _) <- rows]
    longs = [l | (_, l, _) <- rows]
    helps = [h | (_, _, h) <- rows]
    row (s, l, h) = "  " ++ s ++ "  " ++ l ++ "  " ++ h
    pad col = let w = maximum (0 : map length col) in map (\c -> c ++ replicate (w - length c) ' ') col

optionRows :: OptDescr a -> [(String, String, String)]
optionRows (Option shorts longs ad help) =
  case lines help of
    [] -> [(shortCol, longCol, "")]
    (h : hs) -> (shortCol, longCol, h) : [("", "", h') | h' <- hs]
  where
    shortCol = commaList (map (shortForm ad) shorts)
    longCol = commaList (map (longForm ad) longs)

commaList :: [String] -> String
commaList [] = ""
commaList [x] = x
commaList (x : xs) = x ++ ", " ++ commaList xs

shortForm :: ArgDescr a -> Char -> String
shortForm (NoArg _) c = ['-', c]
shortForm (ReqArg _ name) c = ['-', c] ++ " " ++ name
shortForm (OptArg _ name) c = ['-', c] ++ "[" ++ name ++ "]"

longForm :: ArgDescr a -> String -> String
longForm (NoArg _) l = "--" ++ l
longForm (ReqArg _ name) l = "--" ++ l ++ "=" ++ name
longForm (OptArg _ name) l = "--" ++ l ++ "[=" ++ name ++ "]"

-- getOpt: as getOpt', the unrecognised options reported as errors after
-- the other errors.
getOpt :: ArgOrder a -> [OptDescr a] -> [String] -> ([a], [String], [String])
getOpt order descrs args = (opts, plain, errs ++ map unknownMessage unknown)
  where
    (opts, plain, unknown, errs) = getOpt' order descrs args

getOpt' :: ArgOrder a -> [OptDescr a] -> [String] -> ([a], [String], [String], [String])
getOpt' _ _ [] = ([], [], [], [])
getOpt' order descrs (w : ws) =
  case piece of
    Found o -> (o : opts, plain, unknown, errs)
    Unknown u -> (opts, plain, u : unknown, errs)
    Problem e -> (opts, plain, unknown, e : errs)
    Plain p -> case order of
      RequireOrder -> ([], p : rest, [], [])
      Permute -> (opts, p : plain, unknown, errs)
      ReturnInOrder f -> (f p : opts, plain, unknown, errs)
    Stop _ -> case order of
      ReturnInOrder f -> (map f rest, [], [], [])
      _ -> ([], rest, [], [])
  where
    (piece, rest) = classify w ws descrs
    (opts, plain, unknown, errs) = getOpt' order descrs rest

classify :: String -> [String] -> [OptDescr a] -> (Piece a, [String])
classify "--" ws _ = (Stop (), ws)
classify ('-' : '-' : long) ws descrs = longOption long ws descrs
classify ['-'] ws _ = (Plain "-", ws)
classify ('-' : c : more) ws descrs = shortOption c more ws descrs
classify w ws _ = (Plain w, ws)

-- --name, --name=value, or a prefix of exactly one option's long names.
longOption :: String -> [String] -> [OptDescr a] -> (Piece a, [String])
longOption word ws descrs =
  case [ad | Option _ _ ad _ <- candidates] of
    [] -> (Unknown ("--" ++ word), ws)
    [NoArg a] | null value -> (Found a, ws)
    [NoArg _] -> (Problem (noArgMessage shown), ws)
    [ReqArg f name] | null value -> case ws of
      [] -> (Problem (needsArgMessage name shown), [])
      (v : ws') -> (Found (f v), ws')
    [ReqArg f _] -> (Found (f (tail value)), ws)
    [OptArg f _] | null value -> (Found (f Nothing), ws)
    [OptArg f _] -> (Found (f (Just (tail value))), ws)
    _ -> (Problem (ambiguousMessage shown candidates), ws)
  where
    (name, value) = break (== '=') word
    shown = "--" ++ name
    matching p = [d | d@(Option _ ls _ _) <- descrs, any (p name) ls]
    exact = matching (==)
    candidates = if null exact then matching isPrefixOf else exact

-- -c, with its value glued on or in the next word; the rest of a cluster
-- (-abc) is read as the next word.
shortOption :: Char -> String -> [String] -> [OptDescr a] -> (Piece a, [String])
shortOption c more ws descrs =
  case [ad | Option _ _ ad _ <- candidates] of
    [] -> (Unknown shown, restOfCluster)
    [NoArg a] -> (Found a, restOfCluster)
    [ReqArg f name] | null more -> case ws of
      [] -> (Problem (needsArgMessage name shown), [])
      (v : ws') -> (Found (f v), ws')
    [ReqArg f _] -> (Found (f more), ws)
    [OptArg f _] | null more -> (Found (f Nothing), ws)
    [OptArg f _] -> (Found (f (Just more)), ws)
    -- the rest of the cluster is dropped
    _ -> (Problem (ambiguousMessage shown candidates), ws)
  where
    shown = ['-', c]
    candidates = [d | d@(Option cs _ _ _) <- descrs, c `elem` cs]
    restOfCluster = if null more then ws else ('-' : more) : ws

zz_errUnrec :: String -> String
zz_errUnrec = unknownMessage

unknownMessage :: String -> String
unknownMessage w = "unrecognized option `" ++ w ++ "'\n"

noArgMessage :: String -> String
noArgMessage w = "option `" ++ w ++ "' doesn't allow an argument\n"

needsArgMessage :: String -> String -> String
needsArgMessage name w = "option `" ++ w ++ "' requires an argument " ++ name ++ "\n"

ambiguousMessage :: String -> [OptDescr a] -> String
ambiguousMessage w = usageInfo ("option `" ++ w ++ "' is ambiguous; could be one of:")
