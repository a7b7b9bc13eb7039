-- Trace.Hpc.Mix (hpc-0.6.1.0), clean-room: the .mix file's data (a
-- module's source, time stamp, hash, tab stop and boxes) in its Read/Show
-- form, its creation and its reading from a list of directories, with
-- the failures GHC-built programs show (the package's own error texts and
-- call stacks), and the forest of boxes by containment.
module Trace.Hpc.Mix
  ( Mix (..), MixEntry, BoxLabel (..), CondBox (..)
  , mixCreate, readMix, createMixEntryDom, MixEntryDom
  , zz_createMixEntryDom2, zz_isGoodForest, zz_createMixEntryDom1
  , zz_zdfReadMix2
  ) where

import Control.Exception (ErrorCall (..), throw)
import Data.Char (isSpace)
import Data.List (intercalate)
import Data.Tree (Tree (..))
import Data.Time (UTCTime)
import Text.ParserCombinators.ReadP (ReadP)
import Text.ParserCombinators.ReadPrec (readPrec_to_P)
import Text.Read (readPrec)
import System.FilePath ((</>), (<.>))
import Trace.Hpc.Tix
import Trace.Hpc.Util

data Mix = Mix FilePath UTCTime Hash Int [MixEntry]
  deriving (Read, Show, Eq)

type MixEntry = (HpcPos, BoxLabel)

data BoxLabel
  = ExpBox Bool
  | TopLevelBox [String]
  | LocalBox [String]
  | BinBox CondBox Bool
  deriving (Read, Show, Eq, Ord)

data CondBox = GuardBinBox | CondBinBox | QualBinBox
  deriving (Read, Show, Eq, Ord)

-- Each kind of box in its own range (0x100, 0x200, ...) plus its contents'
-- hash.
instance HpcHash BoxLabel where
  toHash (ExpBox b) = 0x100 + toHash b
  toHash (TopLevelBox nms) = 0x200 + toHash nms
  toHash (LocalBox nms) = 0x300 + toHash nms
  toHash (BinBox cond b) = 0x400 + toHash (cond, b)

instance HpcHash CondBox where
  toHash GuardBinBox = 0x10
  toHash CondBinBox = 0x20
  toHash QualBinBox = 0x30

mixCreate :: String -> String -> Mix -> IO ()
mixCreate dirName modName mix = writeFile (dirName </> modName <.> "mix") (show mix)

-- The first directory that has the module's .mix file; with the module's
-- tick data, its hash must be the file's.
readMix :: [String] -> Either String TixModule -> IO Mix
readMix dirNames mod' = search dirNames
  where
    modName = either id tixModuleName mod'
    search [] =
      failWith
        ("can not find " ++ modName ++ " in " ++ intercalate ", " dirNames)
        "122:15"
    search (dir : dirs) = do
      let path = dir </> modName <.> "mix"
      found <- catchIO (fmap Just (readFileUtf8 path)) (\_ -> return Nothing)
      case found of
        Nothing -> search dirs
        Just contents -> do
          let mix = parse path contents
          case mod' of
            Left _ -> return mix
            Right tix -> checkHash path tix mix
    parse path contents = case reads contents of
      [(mix, rest)] | all isSpace rest -> mix
      _ -> failWith ("can not parse " ++ path) "106:43"
    checkHash path tix mix@(Mix _ _ h _ _)
      | h == tixModuleHash tix = return mix
      | otherwise =
          failWith
            ( "hash in tix file for module " ++ tixModuleName tix ++ " ("
                ++ show (tixModuleHash tix) ++ ")\ndoes not match hash in "
                ++ path ++ " (" ++ show h ++ ")"
            )
            "132:17"

-- The package's `error` at its own source position.
failWith :: String -> String -> a
failWith msg at =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/hpc/Trace/Hpc/Mix.hs:"
            ++ at ++ " in hpc-0.6.1.0:Trace.Hpc.Mix"
        )
    )

type MixEntryDom a = Tree (HpcPos, a)

-- The entries from the last one back, each put where it belongs: with an
-- equal span (its value joins that node's, in front), within a node's
-- span (among that node's children), or as a new node over the nodes
-- whose spans lie within its own, in front of the others.
createMixEntryDom :: Show a => [(HpcPos, a)] -> [MixEntryDom [a]]
createMixEntryDom entries
  | zz_isGoodForest forest = forest
  | otherwise = zz_createMixEntryDom1
  where
    forest = zz_createMixEntryDom2 entries

-- Every node's children lie within it (always so for the forests
-- zz_createMixEntryDom2 builds).
zz_isGoodForest :: [MixEntryDom a] -> Bool
zz_isGoodForest = all good
  where
    good (Node (pos, _) kids) =
      all (\k -> fst (rootLabel k) `insideHpcPos` pos) kids && all good kids

-- The check's failure: unreachable (see zz_isGoodForest), named because
-- the package's -O1 code names it.
zz_createMixEntryDom1 :: [MixEntryDom [a]]
zz_createMixEntryDom1 = error "createMixEntryDom: the forest is not nested"

-- Mix's derived reader as the ReadP the package's -O1 code calls.
zz_zdfReadMix2 :: Int -> ReadP Mix
zz_zdfReadMix2 = readPrec_to_P readPrec

zz_createMixEntryDom2 :: [(HpcPos, a)] -> [MixEntryDom [a]]
zz_createMixEntryDom2 = foldr insert []
  where
    insert (pos, a) forest = case break (\t -> fst (rootLabel t) == pos) forest of
      (before, Node (_, as) kids : after) -> before ++ Node (pos, a : as) kids : after
      (_, []) -> case break (\t -> pos `insideHpcPos` fst (rootLabel t)) forest of
        (before, Node label kids : after) ->
          before ++ Node label (insert (pos, a) kids) : after
        (_, []) ->
          let (inner, outer) = partitionBy (\t -> fst (rootLabel t) `insideHpcPos` pos) forest
           in Node (pos, [a]) inner : outer
    partitionBy f xs = (filter f xs, filter (not . f) xs)
