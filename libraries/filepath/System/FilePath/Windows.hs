-- | Clean-room System.FilePath.Windows for hs2stg, written after the
-- documented behaviour of filepath-1.4.2.1 (its Haddock examples for
-- Windows): separators are '\\' and '/', the search path separator ';';
-- drives are letters ("C:", "C:\\"), shares ("\\\\server\\share") and the
-- "\\\\?\\" forms (including "\\\\?\\UNC\\server\\"). Besides the API it
-- defines, under the installed package's names, internals that -O1 user
-- code reaches through the interface's unfoldings.
module System.FilePath.Windows
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
  , splitFileName_, splitPath_f, readDriveLetter, readDriveUNC, readDriveShare
  , badElements, getSearchPath_name, combine1, hasExtension1
  , makeRelative_takeAbs, makeRelative_dropAbs, makeRelative3
  , breakEnd, shareName, relWord
  ) where

import Data.Char (isAsciiLower, isAsciiUpper, toLower, toUpper)
import Data.List (dropWhileEnd, isSuffixOf, stripPrefix)
import Data.Maybe (isJust)
import Data.Monoid (Any (..))
import System.Environment (getEnv)

infixr 7 <.>, -<.>
infixr 5 </>

-- Separators ---------------------------------------------------------------

pathSeparator :: Char
pathSeparator = '\\'

pathSeparators :: [Char]
pathSeparators = "\\/"

isPathSeparator :: Char -> Bool
isPathSeparator c = c == '\\' || c == '/'

searchPathSeparator :: Char
searchPathSeparator = ';'

isSearchPathSeparator :: Char -> Bool
isSearchPathSeparator c = c == ';'

extSeparator :: Char
extSeparator = '.'

isExtSeparator :: Char -> Bool
isExtSeparator c = c == '.'

-- %PATH% ---------------------------------------------------------------------

-- | Entries separated by ';': empty ones are dropped, and an entry in
-- double quotes loses them.
splitSearchPath :: String -> [FilePath]
splitSearchPath s = concatMap entry (pieces s)
  where
    pieces str = case break isSearchPathSeparator str of
      (item, []) -> [item]
      (item, _ : more) -> item : pieces more
    entry "" = []
    entry ('"' : inner@(_ : _)) | last inner == '"' = [init inner]
    entry item = [item]

getSearchPath_name :: String
getSearchPath_name = "PATH"

getSearchPath :: IO [FilePath]
getSearchPath = fmap splitSearchPath (getEnv getSearchPath_name)

-- Helpers ------------------------------------------------------------------

-- | Splits before the longest suffix whose elements all fail p.
breakEnd :: (a -> Bool) -> [a] -> ([a], [a])
breakEnd p xs = (reverse front, reverse back)
  where
    (back, front) = break p (reverse xs)

-- | a, then the separators that follow it moved onto it.
withSeparators :: String -> String -> (String, String)
withSeparators a rest = (a ++ seps, after)
  where
    (seps, after) = span isPathSeparator rest

-- Drives ---------------------------------------------------------------------

-- | A drive letter (ASCII) and ':', with the separators after them.
isDriveLetter :: Char -> Bool
isDriveLetter c = isAsciiUpper c || isAsciiLower c

readDriveLetter :: String -> Maybe (FilePath, FilePath)
readDriveLetter (l : ':' : rest) | isDriveLetter l = Just (withSeparators [l, ':'] rest)
readDriveLetter _ = Nothing

-- | A share: two separators, the server name and the separators after it.
readDriveShare :: String -> Maybe (FilePath, FilePath)
readDriveShare (s1 : s2 : rest)
  | isPathSeparator s1 && isPathSeparator s2 = Just (s1 : s2 : name, after)
  where
    (name, after) = shareName rest
readDriveShare _ = Nothing

shareName :: String -> (String, String)
shareName str = withSeparators server rest
  where
    (server, rest) = break isPathSeparator str

-- | The "\\\\?\\" forms: "\\\\?\\UNC\\server\\", "\\\\?\\c:\\" or just the prefix.
readDriveUNC :: String -> Maybe (FilePath, FilePath)
readDriveUNC (s1 : s2 : '?' : s3 : rest)
  | all isPathSeparator [s1, s2, s3] = Just (prefix ++ d, after)
  where
    prefix = [s1, s2, '?', s3]
    (d, after) = case rest of
      (u : n : c : s4 : more)
        | map toUpper [u, n, c] == "UNC" && isPathSeparator s4 ->
            let (name, after') = shareName more in ([u, n, c, s4] ++ name, after')
      _ -> case readDriveLetter rest of
        Just found -> found
        Nothing -> ("", rest)
readDriveUNC _ = Nothing

splitDrive :: FilePath -> (FilePath, FilePath)
splitDrive x
  | Just d <- readDriveLetter x = d
  | Just d <- readDriveUNC x = d
  | Just d <- readDriveShare x = d
  | otherwise = ("", x)

takeDrive :: FilePath -> FilePath
takeDrive = fst . splitDrive

dropDrive :: FilePath -> FilePath
dropDrive = snd . splitDrive

hasDrive :: FilePath -> Bool
hasDrive = not . null . takeDrive

isDrive :: FilePath -> Bool
isDrive x = not (null x) && null (dropDrive x)

-- | a then b, with a separator between unless a ends in one or is a bare
-- drive letter ("C:").
joinDrive :: FilePath -> FilePath -> FilePath
joinDrive a b
  | null a = b
  | null b = a
  | hasTrailingPathSeparator a = a ++ b
  | [l, ':'] <- a, isDriveLetter l = a ++ b
  | otherwise = a ++ pathSeparator : b

-- | A drive letter without a separator after it ("C:"): relative to that
-- drive's working directory.
isRelativeDrive :: String -> Bool
isRelativeDrive x = case readDriveLetter x of
  Just (d, _) -> not (hasTrailingPathSeparator d)
  Nothing -> False

-- Extensions -----------------------------------------------------------------

splitExtension :: FilePath -> (String, String)
splitExtension x = case nameDot of
  [] -> (x, [])
  _ -> (dir ++ init nameDot, extSeparator : ext)
  where
    (dir, file) = splitFileName_ x
    (nameDot, ext) = breakEnd isExtSeparator file

takeExtension :: FilePath -> String
takeExtension = snd . splitExtension

dropExtension :: FilePath -> FilePath
dropExtension = fst . splitExtension

replaceExtension :: FilePath -> String -> FilePath
replaceExtension x y = dropExtension x <.> y

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
hasExtension1 x = Any (any isExtSeparator (takeFileName x))

hasExtension :: FilePath -> Bool
hasExtension x = getAny (hasExtension1 x)

splitExtensions :: FilePath -> (FilePath, String)
splitExtensions x = (dir ++ base, exts)
  where
    (dir, file) = splitFileName_ x
    (base, exts) = break isExtSeparator file

dropExtensions :: FilePath -> FilePath
dropExtensions = fst . splitExtensions

takeExtensions :: FilePath -> String
takeExtensions = snd . splitExtensions

replaceExtensions :: FilePath -> String -> FilePath
replaceExtensions x y = dropExtensions x <.> y

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
    (dir, file) = breakEnd isPathSeparator pth

splitFileName :: FilePath -> (String, String)
splitFileName x = (if null dir then "./" else dir, name)
  where
    (dir, name) = splitFileName_ x

takeFileName :: FilePath -> FilePath
takeFileName = snd . splitFileName_

dropFileName :: FilePath -> FilePath
dropFileName = fst . splitFileName

replaceFileName :: FilePath -> String -> FilePath
replaceFileName x y = fst (splitFileName_ x) </> y

takeBaseName :: FilePath -> String
takeBaseName = dropExtension . takeFileName

replaceBaseName :: FilePath -> String -> FilePath
replaceBaseName pth nam = joinDrive dir (nam <.> takeExtension file)
  where
    (dir, file) = splitFileName_ pth

takeDirectory :: FilePath -> FilePath
takeDirectory = dropTrailingPathSeparator . dropFileName

replaceDirectory :: FilePath -> String -> FilePath
replaceDirectory x dir = joinDrive dir (takeFileName x)

-- Trailing separators ----------------------------------------------------------

hasTrailingPathSeparator :: FilePath -> Bool
hasTrailingPathSeparator [] = False
hasTrailingPathSeparator x = isPathSeparator (last x)

addTrailingPathSeparator :: FilePath -> FilePath
addTrailingPathSeparator x
  | hasTrailingPathSeparator x = x
  | otherwise = x ++ [pathSeparator]

dropTrailingPathSeparator :: FilePath -> FilePath
dropTrailingPathSeparator x
  | hasTrailingPathSeparator x && not (isDrive x) =
      case dropWhileEnd isPathSeparator x of
        [] -> [last x]
        kept -> kept
  | otherwise = x

-- Combining and splitting ------------------------------------------------------

-- | The drive and path of "" (an internal constant of the interface).
combine1 :: (FilePath, FilePath)
combine1 = splitDrive ""

-- | b when it has a drive or starts with a separator, else a joined to b.
combine :: FilePath -> FilePath -> FilePath
combine a b = case b of
  (c : _) | isPathSeparator c -> b
  _ | hasDrive b -> b
    | otherwise -> joinDrive a b

(</>) :: FilePath -> FilePath -> FilePath
(</>) = combine

splitPath_f :: [Char] -> [[Char]]
splitPath_f [] = []
splitPath_f y = piece : splitPath_f rest
  where
    (a, b) = break isPathSeparator y
    (piece, rest) = withSeparators a b

splitPath :: FilePath -> [FilePath]
splitPath x = [drv | not (null drv)] ++ splitPath_f pth
  where
    (drv, pth) = splitDrive x

splitDirectories :: FilePath -> [FilePath]
splitDirectories = map dropTrailingPathSeparator . splitPath

joinPath :: [FilePath] -> FilePath
joinPath = foldr combine ""

-- Normalisation and comparison ------------------------------------------------

-- | Separators become '\\'; a drive letter is upper-cased.
normaliseDrive :: String -> String
normaliseDrive "" = ""
normaliseDrive d
  | isJust (readDriveLetter d') = map toUpper d'
  | otherwise = d'
  where
    d' = map (\c -> if isPathSeparator c then pathSeparator else c) d

normalise :: FilePath -> FilePath
normalise path
  | isDirPath pth && not (hasTrailingPathSeparator result) && not (isRelativeDrive drv) =
      result ++ [pathSeparator]
  | otherwise = result
  where
    (drv, pth) = splitDrive path
    drv' = normaliseDrive drv
    body = joinPath (filter (/= ".") (firstSep (splitDirectories pth)))
    result = if null drv' && null body then "." else joinDrive drv' body
    firstSep (d : ds) | all isPathSeparator d = [pathSeparator] : ds
    firstSep ds = ds
    isDirPath p =
      hasTrailingPathSeparator p
        || (not (null p) && last p == '.' && hasTrailingPathSeparator (init p))

-- | Equal after normalising, ignoring case and a trailing separator.
equalFilePath :: FilePath -> FilePath -> Bool
equalFilePath a b = canon a == canon b
  where
    canon p = dropTrailingPathSeparator (map toLower (normalise p))

-- | makeRelative's step: the first component (separators dropped around
-- it) and the rest after its separators.
relWord :: [Char] -> ([Char], [Char])
relWord x = (dropWhile isPathSeparator a, dropWhile isPathSeparator b)
  where
    (a, b) = break isPathSeparator (dropWhile isPathSeparator x)

-- | A separator, or a drive character lower-cased (drives compare so).
makeRelative3 :: Char -> Char
makeRelative3 c = if isPathSeparator c then pathSeparator else toLower c

leadingSep :: FilePath -> Bool
leadingSep x = case x of
  (c : _) -> isPathSeparator c && not (hasDrive x)
  [] -> False

makeRelative_dropAbs :: FilePath -> [Char]
makeRelative_dropAbs x
  | leadingSep x = tail x
  | otherwise = dropDrive x

makeRelative_takeAbs :: FilePath -> [Char]
makeRelative_takeAbs x
  | leadingSep x = [pathSeparator]
  | otherwise = map makeRelative3 (takeDrive x)

makeRelative :: FilePath -> FilePath -> FilePath
makeRelative root path
  | equalFilePath root path = "."
  | makeRelative_takeAbs root /= makeRelative_takeAbs path = path
  | otherwise = go (makeRelative_dropAbs root) (makeRelative_dropAbs path)
  where
    go [] y = dropWhile isPathSeparator y
    go x y
      | equalFilePath x1 y1 = go x2 y2
      | otherwise = path
      where
        (x1, x2) = relWord x
        (y1, y2) = relWord y

-- Classification -----------------------------------------------------------------

isRelative :: FilePath -> Bool
isRelative x = null drv || isRelativeDrive drv
  where
    drv = takeDrive x

isAbsolute :: FilePath -> Bool
isAbsolute = not . isRelative

-- | Names Windows reserves for devices (with any extension).
badElements :: [FilePath]
badElements =
  ["CON", "PRN", "AUX", "NUL", "CLOCK$"]
    ++ ["COM" ++ show n | n <- [1 .. 9 :: Int]]
    ++ ["LPT" ++ show n | n <- [1 .. 9 :: Int]]

isBadCharacter :: Char -> Bool
isBadCharacter c = (c >= '\0' && c <= '\31') || c `elem` ":*?><|\""

isBadElement :: String -> Bool
isBadElement x = map toUpper (dropWhileEnd (== ' ') (dropExtensions x)) `elem` badElements

isValid :: FilePath -> Bool
isValid [] = False
isValid path
  | '\0' `elem` path = False
  | any isBadCharacter pth = False
  | any isBadElement (splitDirectories pth) = False
  | isJust (readDriveShare drv) && all isPathSeparator drv = False
  | isJust (readDriveUNC drv) && not (hasTrailingPathSeparator drv) = False
  | otherwise = True
  where
    (drv, pth) = splitDrive path

makeValid :: FilePath -> FilePath
makeValid [] = "_"
makeValid path
  | isJust (readDriveShare drv) && all isPathSeparator drv = take 2 drv ++ "drive"
  | isJust (readDriveUNC drv) && not (hasTrailingPathSeparator drv) =
      makeValid (drv ++ [pathSeparator] ++ pth)
  | otherwise = joinDrive drv (joinPath (map element (splitPath (map goodChar pth))))
  where
    (drv, pth) = splitDrive path
    goodChar c = if isBadCharacter c then '_' else c
    element x = name ++ seps
      where
        (n, seps) = break isPathSeparator x
        (base, exts) = splitExtensions n
        name
          | isBadElement n = base ++ "_" <.> exts
          | otherwise = n
