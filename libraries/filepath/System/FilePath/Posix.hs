{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room System.FilePath.Posix for hs2stg, written after the
-- documented behaviour of filepath-1.4.2.1 (its Haddock examples). Besides
-- the API it defines, under the installed package's names, the internal
-- bindings that -O1 user code reaches through the interface's unfoldings
-- (splitFileName_, splitPath_f, makeRelative_takeAbs, ...). The workers
-- ($wsplitFileName_, ...) are hand-written in
-- preludes/base/System.FilePath.Posix+Workers.stg.
module System.FilePath.Posix
  ( FilePath
  , pathSeparator, pathSeparators, isPathSeparator
  , searchPathSeparator, isSearchPathSeparator
  , extSeparator, isExtSeparator
  , splitSearchPath, getSearchPath
  , splitExtension, takeExtension, replaceExtension, (-<.>), dropExtension
  , addExtension, hasExtension, (<.>), splitExtensions, dropExtensions
  , takeExtensions, replaceExtensions, isExtensionOf, stripExtension
  , splitFileName, takeFileName, replaceFileName, dropFileName
  , takeBaseName, replaceBaseName, takeDirectory, replaceDirectory
  , combine, (</>), splitPath, joinPath, splitDirectories
  , splitDrive, joinDrive, takeDrive, hasDrive, dropDrive, isDrive
  , hasTrailingPathSeparator, addTrailingPathSeparator, dropTrailingPathSeparator
  , normalise, equalFilePath, makeRelative
  , isRelative, isAbsolute, isValid, makeValid
    -- internal names of the installed interface
  , splitFileName_, splitPath_f, isRelativeDrive, hasExtension1
  , makeRelative_takeAbs, makeRelative_dropAbs, makeRelative1, makeRelative3
  , makeValid1, makeValid2, makeValid3, isValid1, isAbsolute1
  , addTrailingPathSeparator1, addTrailingPathSeparator2, dropFileName1
  , getSearchPath_name, getSearchPath1
  , fpBreakEnd, fpSplitWords
  ) where

import Data.Char (toLower)
import Data.List (isSuffixOf, stripPrefix)
import Data.Monoid (Any (..))
import System.Environment (getEnv)
import GHC.Base (IO (..), State#, RealWorld)

infixr 7 <.>, -<.>
infixr 5 </>

-- Separators ---------------------------------------------------------------

pathSeparator :: Char
pathSeparator = '/'

pathSeparators :: [Char]
pathSeparators = "/"

isPathSeparator :: Char -> Bool
isPathSeparator c = c == '/'

searchPathSeparator :: Char
searchPathSeparator = ':'

isSearchPathSeparator :: Char -> Bool
isSearchPathSeparator c = c == ':'

extSeparator :: Char
extSeparator = '.'

isExtSeparator :: Char -> Bool
isExtSeparator c = c == '.'

-- $PATH ----------------------------------------------------------------------

-- | Entries separated by ':'; an empty entry stands for ".".
splitSearchPath :: String -> [FilePath]
splitSearchPath s = case rest of
    [] -> [entry]
    (_ : more) -> entry : splitSearchPath more
  where
    (item, rest) = break isSearchPathSeparator s
    entry = if null item then "." else item

getSearchPath_name :: String
getSearchPath_name = "PATH"

getSearchPath :: IO [FilePath]
getSearchPath = do
  p <- getEnv getSearchPath_name
  return (splitSearchPath p)

getSearchPath1 :: State# RealWorld -> (# State# RealWorld, [FilePath] #)
getSearchPath1 s = case getSearchPath of IO act -> act s

-- Helpers ------------------------------------------------------------------

-- | Splits before the longest suffix whose elements all fail the predicate.
fpBreakEnd :: (a -> Bool) -> [a] -> ([a], [a])
fpBreakEnd p xs = (reverse front, reverse back)
  where
    (back, front) = span (not . p) (reverse xs)

-- | makeRelative's step: the first component (separators dropped around it)
-- and the rest after its separators.
fpSplitWords :: [Char] -> ([Char], [Char])
fpSplitWords x = (dropWhile isPathSeparator a, dropWhile isPathSeparator b)
  where
    (a, b) = break isPathSeparator (dropWhile isPathSeparator x)

-- Drives (on Posix the leading separators) ---------------------------------

splitDrive :: FilePath -> (FilePath, FilePath)
splitDrive = span isPathSeparator

takeDrive :: FilePath -> FilePath
takeDrive x = fst (splitDrive x)

dropDrive :: FilePath -> FilePath
dropDrive x = snd (splitDrive x)

hasDrive :: FilePath -> Bool
hasDrive x = not (null (takeDrive x))

isDrive :: FilePath -> Bool
isDrive [] = False
isDrive x = null (dropDrive x)

joinDrive :: FilePath -> FilePath -> FilePath
joinDrive [] b = b
joinDrive a [] = a
joinDrive a b
  | hasTrailingPathSeparator a = a ++ b
  | otherwise = a ++ pathSeparator : b

-- | A Windows drive letter followed by ':' and no separator (never a Posix
-- drive, which holds only separators).
isRelativeDrive :: String -> Bool
isRelativeDrive (c : ':' : rest)
  | isDriveLetter c = case rest of
      (r : _) | isPathSeparator r -> False
      _ -> True
  where
    isDriveLetter l = (l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z')
isRelativeDrive _ = False

isAbsolute1 :: [Char]
isAbsolute1 = [searchPathSeparator]

-- Extensions -----------------------------------------------------------------

splitExtension :: FilePath -> (String, String)
splitExtension x = case nameDot of
    [] -> (x, [])
    _ -> (dir ++ init nameDot, extSeparator : ext)
  where
    (dir, file) = splitFileName_ x
    (nameDot, ext) = fpBreakEnd isExtSeparator file

takeExtension :: FilePath -> String
takeExtension x = snd (splitExtension x)

dropExtension :: FilePath -> FilePath
dropExtension x = fst (splitExtension x)

replaceExtension :: FilePath -> String -> FilePath
replaceExtension x y = addExtension (dropExtension x) y

(-<.>) :: FilePath -> String -> FilePath
(-<.>) = replaceExtension

addExtension :: FilePath -> String -> FilePath
addExtension file [] = file
addExtension file ext@(e : _) = joinDrive drv body
  where
    (drv, pth) = splitDrive file
    body
      | isExtSeparator e = pth ++ ext
      | otherwise = pth ++ extSeparator : ext

(<.>) :: FilePath -> String -> FilePath
(<.>) = addExtension

hasExtension1 :: FilePath -> Any
hasExtension1 x = Any (any isExtSeparator (snd (splitFileName_ x)))

hasExtension :: FilePath -> Bool
hasExtension x = getAny (hasExtension1 x)

splitExtensions :: FilePath -> (FilePath, String)
splitExtensions x = (dir ++ base, exts)
  where
    (dir, file) = splitFileName_ x
    (base, exts) = break isExtSeparator file

dropExtensions :: FilePath -> FilePath
dropExtensions x = fst (splitExtensions x)

takeExtensions :: FilePath -> String
takeExtensions x = snd (splitExtensions x)

replaceExtensions :: FilePath -> String -> FilePath
replaceExtensions x y = addExtension (dropExtensions x) y

isExtensionOf :: String -> FilePath -> Bool
isExtensionOf ext@('.' : _) p = ext `isSuffixOf` takeExtensions p
isExtensionOf ext p = (extSeparator : ext) `isSuffixOf` takeExtensions p

stripExtension :: String -> FilePath -> Maybe FilePath
stripExtension [] path = Just path
stripExtension ext@(e : _) path =
  fmap reverse (stripPrefix (reverse dotted) (reverse path))
  where
    dotted = if isExtSeparator e then ext else extSeparator : ext

-- File names -----------------------------------------------------------------

splitFileName_ :: FilePath -> (String, String)
splitFileName_ x = (drv ++ dir, file)
  where
    (drv, pth) = splitDrive x
    (dir, file) = fpBreakEnd isPathSeparator pth

dropFileName1 :: [Char]
dropFileName1 = "./"

splitFileName :: FilePath -> (String, String)
splitFileName x = (if null dir then dropFileName1 else dir, name)
  where
    (dir, name) = splitFileName_ x

takeFileName :: FilePath -> FilePath
takeFileName x = snd (splitFileName_ x)

dropFileName :: FilePath -> FilePath
dropFileName x = fst (splitFileName x)

replaceFileName :: FilePath -> String -> FilePath
replaceFileName x y = fst (splitFileName_ x) </> y

takeBaseName :: FilePath -> String
takeBaseName x = dropExtension (takeFileName x)

replaceBaseName :: FilePath -> String -> FilePath
replaceBaseName pth nam = joinDrive dir (addExtension nam ext)
  where
    (dir, file) = splitFileName_ pth
    ext = takeExtension file

takeDirectory :: FilePath -> FilePath
takeDirectory x = dropTrailingPathSeparator (dropFileName x)

replaceDirectory :: FilePath -> String -> FilePath
replaceDirectory x dir = joinDrive dir (takeFileName x)

-- Trailing separators ----------------------------------------------------------

hasTrailingPathSeparator :: FilePath -> Bool
hasTrailingPathSeparator [] = False
hasTrailingPathSeparator x = isPathSeparator (last x)

addTrailingPathSeparator1 :: [Char]
addTrailingPathSeparator1 = [pathSeparator]

addTrailingPathSeparator2 :: [Char]
addTrailingPathSeparator2 = [] ++ addTrailingPathSeparator1

addTrailingPathSeparator :: FilePath -> FilePath
addTrailingPathSeparator [] = addTrailingPathSeparator2
addTrailingPathSeparator x
  | hasTrailingPathSeparator x = x
  | otherwise = x ++ addTrailingPathSeparator1

dropTrailingPathSeparator :: FilePath -> FilePath
dropTrailingPathSeparator x
  | hasTrailingPathSeparator x && not (isDrive x) =
      case fst (fpBreakEnd (not . isPathSeparator) x) of
        [] -> [last x]
        kept -> kept
  | otherwise = x

-- Combining and splitting ------------------------------------------------------

combine :: FilePath -> FilePath -> FilePath
combine a b = case b of
  (c : _) | isPathSeparator c -> b
  _ | hasDrive b -> b
    | otherwise -> joinDrive a b

(</>) :: FilePath -> FilePath -> FilePath
(</>) = combine

splitPath_f :: [Char] -> [[Char]]
splitPath_f [] = []
splitPath_f y = (a ++ seps) : splitPath_f rest
  where
    (a, b) = break isPathSeparator y
    (seps, rest) = span isPathSeparator b

splitPath :: FilePath -> [FilePath]
splitPath x
  | drv == [] = splitPath_f pth
  | otherwise = drv : splitPath_f pth
  where
    (drv, pth) = splitDrive x

splitDirectories :: FilePath -> [FilePath]
splitDirectories x = map dropTrailingPathSeparator (splitPath x)

joinPath :: [FilePath] -> FilePath
joinPath = foldr combine []

-- Normalisation and comparison ------------------------------------------------

normalise :: FilePath -> FilePath
normalise path
  | isDirPath pth && not (hasTrailingPathSeparator result) && not (isRelativeDrive drv) =
      result ++ [pathSeparator]
  | otherwise = result
  where
    (drv, pth) = splitDrive path
    drv' = if null drv then [] else [pathSeparator]
    body = joinPath (filter (/= ".") (firstSep (splitDirectories pth)))
    result = if null drv' && null body then "." else joinDrive drv' body
    firstSep (d : ds) | all isPathSeparator d = [pathSeparator] : ds
    firstSep ds = ds
    isDirPath p =
      hasTrailingPathSeparator p
        || (not (null p) && last p == '.' && hasTrailingPathSeparator (init p))

equalFilePath :: FilePath -> FilePath -> Bool
equalFilePath a b = canon a == canon b
  where
    canon p = dropTrailingPathSeparator (normalise p)

makeRelative1 :: [Char]
makeRelative1 = "."

makeRelative3 :: Char -> Char
makeRelative3 c = if isPathSeparator c then pathSeparator else toLower c

makeRelative_takeAbs :: FilePath -> [Char]
makeRelative_takeAbs x@(c : _)
  | isPathSeparator c && not (hasDrive x) = addTrailingPathSeparator1
makeRelative_takeAbs x = map makeRelative3 (takeDrive x)

makeRelative_dropAbs :: FilePath -> [Char]
makeRelative_dropAbs x@(c : rest)
  | isPathSeparator c && not (hasDrive x) = rest
makeRelative_dropAbs x = dropDrive x

makeRelative :: FilePath -> FilePath -> FilePath
makeRelative root path
  | equalFilePath root path = makeRelative1
  | makeRelative_takeAbs root /= makeRelative_takeAbs path = path
  | otherwise = go (makeRelative_dropAbs root) (makeRelative_dropAbs path)
  where
    go [] y = dropWhile isPathSeparator y
    go x y
      | equalFilePath x1 y1 = go x2 y2
      | otherwise = path
      where
        (x1, x2) = fpSplitWords x
        (y1, y2) = fpSplitWords y

-- Classification -----------------------------------------------------------------

isRelative :: FilePath -> Bool
isRelative x = null drv || isRelativeDrive drv
  where
    drv = takeDrive x

isAbsolute :: FilePath -> Bool
isAbsolute x = not (isRelative x)

isValid1 :: Char
isValid1 = '\0'

isValid :: FilePath -> Bool
isValid [] = False
isValid x = not (isValid1 `elem` x)

makeValid1 :: Char -> Char
makeValid1 c = if c == '\0' then makeValid2 else c

makeValid2 :: Char
makeValid2 = '_'

makeValid3 :: [Char]
makeValid3 = "_"

makeValid :: FilePath -> FilePath
makeValid [] = makeValid3
makeValid x = map makeValid1 x
