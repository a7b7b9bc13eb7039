{-# LANGUAGE MagicHash, RankNTypes, ScopedTypeVariables, UnboxedTuples #-}
-- | Clean-room System.Directory.Internal.Common for hs2stg
-- (directory-1.3.6.2): its data types with their instances, as the
-- installed interface lists them (Permissions' record, the XDG directory
-- kinds, FileType, ListT), and its pure and error-handling helpers, written
-- after their types and their observed behaviour (the module is exposed
-- through System.Directory.Internal). The rest of directory is hand-written
-- miniSTG (preludes/base/System.Directory+*.stg), which builds these values.
module System.Directory.Internal.Common
  ( Permissions (..)
  , XdgDirectory (..)
  , XdgDirectoryList (..)
  , FileType (..)
  , fileTypeIsDirectory
  , fileTypeIsLink
  , ListT (..)
  , emptyListT
  , maybeToListT
  , listToListT
  , liftJoinListT
  , listTHead
  , listTToList
  , andM
  , sequenceWithIOErrors_
  , tryIOErrorType
  , specializeErrorString
  , ioeAddLocation
  , ignoreIOExceptions
  , emptyToCurDir
  , normalisePathSeps
  , normaliseTrailingSep
  , simplifyPosix
  , simplifyWindows
  , expandDots
    -- internal names of the installed interface (-O1 callers)
  , zz_expandDotszuzdsgo
  , zz_ignoreIOExceptions2
  , zz_normalisePathSeps1
  , zz_sequenceWithIOErrorszuzuzdsgo
  , zz_specializzeErrorString2
  , zz_zdwlistToListT
  , zz_zdwmaybeToListT
    -- internal names of the installed interface (-O1 callers)
  , zz_zdfReadPermissions2
  , zz_zdfReadXdgDirectory2
  , zz_zdfReadXdgDirectoryList2
  , zz_zdfEnumFileType6
  , zz_zdfEnumFileType7
  , zz_zdfEnumFileTypezugo9
  , zz_zdfEnumXdgDirectory5
  , zz_zdfEnumXdgDirectory6
  , zz_zdfEnumXdgDirectoryzugo9
  , zz_zdfEnumXdgDirectoryList4
  , zz_zdfEnumXdgDirectoryList5
  , zz_zdfEnumXdgDirectoryListzugo9
  ) where

import Control.Exception (ErrorCall (ErrorCallWithLocation), IOException, SomeException, catch, fromException, throw, throwIO, try)
import GHC.Exts (Int (I#), Int#, RealWorld, State#)
import GHC.IO (IO (..))
import Data.List (intercalate)
import GHC.Read (choose, expectP, parens, readField)
import System.FilePath.Posix (hasTrailingPathSeparator, isPathSeparator, normalise, pathSeparator, splitDrive)
import System.IO.Error (catchIOError, ioeGetLocation, ioeSetErrorString, ioeSetLocation)
import Text.ParserCombinators.ReadPrec (ReadPrec, prec, reset)
import Text.Read (Read (..), readListPrecDefault)
import Text.Read.Lex (Lexeme (..))

data Permissions = Permissions
  { readable :: Bool
  , writable :: Bool
  , executable :: Bool
  , searchable :: Bool
  }
  deriving (Eq, Ord, Show)

-- Read as derived, its body under the interface's name (-O1 callers wrap
-- it in parens themselves).
instance Read Permissions where
  readPrec = parens zz_zdfReadPermissions2
  readListPrec = readListPrecDefault

zz_zdfReadPermissions2 :: ReadPrec Permissions
zz_zdfReadPermissions2 = prec 11 $ do
  expectP (Ident "Permissions")
  expectP (Punc "{")
  r <- readField "readable" (reset readPrec)
  expectP (Punc ",")
  w <- readField "writable" (reset readPrec)
  expectP (Punc ",")
  x <- readField "executable" (reset readPrec)
  expectP (Punc ",")
  s <- readField "searchable" (reset readPrec)
  expectP (Punc "}")
  return (Permissions r w x s)

-- | The XDG base directories of one user.
data XdgDirectory = XdgData | XdgConfig | XdgCache
  deriving (Bounded, Eq, Ord, Show)

instance Enum XdgDirectory where
  fromEnum = tagOf [XdgData, XdgConfig, XdgCache]
  toEnum = toTag "274:22" "XdgDirectory" [XdgData, XdgConfig, XdgCache]
  succ XdgCache = zz_zdfEnumXdgDirectory6
  succ t = toEnum (fromEnum t + 1)
  pred XdgData = zz_zdfEnumXdgDirectory5
  pred t = toEnum (fromEnum t - 1)
  enumFrom t = case fromEnum t of I# i -> zz_zdfEnumXdgDirectoryzugo9 i
  enumFromThen = fromThen 2
  enumFromTo x y = map toEnum [fromEnum x .. fromEnum y]
  enumFromThenTo x y z = map toEnum [fromEnum x, fromEnum y .. fromEnum z]

-- | The derived succ's and pred's errors at the ends, and enumFrom's loop
-- from a tag (-O1 code names them).
zz_zdfEnumXdgDirectory5, zz_zdfEnumXdgDirectory6 :: XdgDirectory
zz_zdfEnumXdgDirectory5 = enumError "274:22" "pred{XdgDirectory}: tried to take `pred' of first tag in enumeration"
zz_zdfEnumXdgDirectory6 = enumError "274:22" "succ{XdgDirectory}: tried to take `succ' of last tag in enumeration"

zz_zdfEnumXdgDirectoryzugo9 :: Int# -> [XdgDirectory]
zz_zdfEnumXdgDirectoryzugo9 i = drop (I# i) [XdgData, XdgConfig, XdgCache]

instance Read XdgDirectory where
  readPrec = parens zz_zdfReadXdgDirectory2
  readListPrec = readListPrecDefault

zz_zdfReadXdgDirectory2 :: ReadPrec XdgDirectory
zz_zdfReadXdgDirectory2 =
  choose [("XdgData", return XdgData), ("XdgConfig", return XdgConfig), ("XdgCache", return XdgCache)]

-- | The XDG search paths.
data XdgDirectoryList = XdgDataDirs | XdgConfigDirs
  deriving (Bounded, Eq, Ord, Show)

instance Enum XdgDirectoryList where
  fromEnum = tagOf [XdgDataDirs, XdgConfigDirs]
  toEnum = toTag "300:22" "XdgDirectoryList" [XdgDataDirs, XdgConfigDirs]
  succ XdgConfigDirs = zz_zdfEnumXdgDirectoryList5
  succ t = toEnum (fromEnum t + 1)
  pred XdgDataDirs = zz_zdfEnumXdgDirectoryList4
  pred t = toEnum (fromEnum t - 1)
  enumFrom t = case fromEnum t of I# i -> zz_zdfEnumXdgDirectoryListzugo9 i
  enumFromThen = fromThen 1
  enumFromTo x y = map toEnum [fromEnum x .. fromEnum y]
  enumFromThenTo x y z = map toEnum [fromEnum x, fromEnum y .. fromEnum z]

zz_zdfEnumXdgDirectoryList4, zz_zdfEnumXdgDirectoryList5 :: XdgDirectoryList
zz_zdfEnumXdgDirectoryList4 = enumError "300:22" "pred{XdgDirectoryList}: tried to take `pred' of first tag in enumeration"
zz_zdfEnumXdgDirectoryList5 = enumError "300:22" "succ{XdgDirectoryList}: tried to take `succ' of last tag in enumeration"

zz_zdfEnumXdgDirectoryListzugo9 :: Int# -> [XdgDirectoryList]
zz_zdfEnumXdgDirectoryListzugo9 i = drop (I# i) [XdgDataDirs, XdgConfigDirs]

instance Read XdgDirectoryList where
  readPrec = parens zz_zdfReadXdgDirectoryList2
  readListPrec = readListPrecDefault

zz_zdfReadXdgDirectoryList2 :: ReadPrec XdgDirectoryList
zz_zdfReadXdgDirectoryList2 =
  choose [("XdgDataDirs", return XdgDataDirs), ("XdgConfigDirs", return XdgConfigDirs)]

data FileType = File | SymbolicLink | Directory | DirectoryLink
  deriving (Bounded, Eq, Ord, Read, Show)

instance Enum FileType where
  fromEnum = tagOf [File, SymbolicLink, Directory, DirectoryLink]
  toEnum = toTag "184:34" "FileType" [File, SymbolicLink, Directory, DirectoryLink]
  succ DirectoryLink = zz_zdfEnumFileType7
  succ t = toEnum (fromEnum t + 1)
  pred File = zz_zdfEnumFileType6
  pred t = toEnum (fromEnum t - 1)
  enumFrom t = case fromEnum t of I# i -> zz_zdfEnumFileTypezugo9 i
  enumFromThen = fromThen 3
  enumFromTo x y = map toEnum [fromEnum x .. fromEnum y]
  enumFromThenTo x y z = map toEnum [fromEnum x, fromEnum y .. fromEnum z]

zz_zdfEnumFileType6, zz_zdfEnumFileType7 :: FileType
zz_zdfEnumFileType6 = enumError "184:34" "pred{FileType}: tried to take `pred' of first tag in enumeration"
zz_zdfEnumFileType7 = enumError "184:34" "succ{FileType}: tried to take `succ' of last tag in enumeration"

zz_zdfEnumFileTypezugo9 :: Int# -> [FileType]
zz_zdfEnumFileTypezugo9 i = drop (I# i) [File, SymbolicLink, Directory, DirectoryLink]

-- The three types' Enum instances are written out (not derived) so that
-- their errors carry the installed package's call stack, which names the
-- deriving clause of its source (line:column given), as GHC's binary shows.
enumError :: String -> String -> a
enumError loc msg =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/directory/System/Directory/Internal/Common.hs:"
            ++ loc
            ++ " in directory-1.3.6.2:System.Directory.Internal.Common"
        )
    )

-- | A constructor's position among all of them.
tagOf :: Eq t => [t] -> t -> Int
tagOf cs t = length (takeWhile (/= t) cs)

-- | The constructor at a position, or the derived instance's error.
toTag :: String -> String -> [t] -> Int -> t
toTag loc ty cs n
  | n >= 0 && n < length cs = cs !! n
  | otherwise =
      enumError
        loc
        ( "toEnum{" ++ ty ++ "}: tag (" ++ show n ++ ") is outside of enumeration's range (0,"
            ++ show (length cs - 1)
            ++ ")"
        )

-- | The derived enumFromThen: on to the last tag (up) or the first (down).
fromThen :: Enum t => Int -> t -> t -> [t]
fromThen lastTag x y =
  map toEnum [fromEnum x, fromEnum y .. (if fromEnum y >= fromEnum x then lastTag else 0)]

-- | A directory, or a link to one that is followed as one.
fileTypeIsDirectory :: FileType -> Bool
fileTypeIsDirectory Directory = True
fileTypeIsDirectory DirectoryLink = True
fileTypeIsDirectory _ = False

fileTypeIsLink :: FileType -> Bool
fileTypeIsLink SymbolicLink = True
fileTypeIsLink DirectoryLink = True
fileTypeIsLink _ = False

-- ListT ------------------------------------------------------------------------

-- | A list whose spine is computed in m, one step at a time.
newtype ListT m a = ListT {unListT :: m (Maybe (a, ListT m a))}

emptyListT :: Applicative m => ListT m a
emptyListT = ListT (pure Nothing)

maybeToListT :: Applicative m => m (Maybe a) -> ListT m a
maybeToListT m = ListT (zz_zdwmaybeToListT fmap pure m)

-- | maybeToListT's worker: the Applicative's fmap and pure apart.
zz_zdwmaybeToListT ::
  (forall a1 b. (a1 -> b) -> m a1 -> m b) ->
  (forall a1. a1 -> m a1) ->
  m (Maybe a) ->
  m (Maybe (a, ListT m a))
zz_zdwmaybeToListT fmap' pure' m = fmap' (fmap (\a -> (a, ListT (pure' Nothing)))) m

listToListT :: Applicative m => [a] -> ListT m a
listToListT = zz_zdwlistToListT pure

-- | listToListT's worker: the Applicative's pure alone.
zz_zdwlistToListT :: (forall a1. a1 -> m a1) -> [a] -> ListT m a
zz_zdwlistToListT pure' [] = ListT (pure' Nothing)
zz_zdwlistToListT pure' (x : xs) = ListT (pure' (Just (x, zz_zdwlistToListT pure' xs)))

liftJoinListT :: Monad m => m (ListT m a) -> ListT m a
liftJoinListT m = ListT (m >>= unListT)

listTHead :: Functor m => ListT m a -> m (Maybe a)
listTHead (ListT m) = fmap (fmap fst) m

listTToList :: Monad m => ListT m a -> m [a]
listTToList (ListT m) = do
  step <- m
  case step of
    Nothing -> return []
    Just (a, rest) -> fmap (a :) (listTToList rest)

-- Actions and errors --------------------------------------------------------------

-- | The second only when the first gives True.
andM :: Monad m => m Bool -> m Bool -> m Bool
andM a b = a >>= \x -> if x then b else return False

-- | Runs every action; the first error, if any, is rethrown at the end.
sequenceWithIOErrors_ :: [IO ()] -> IO ()
sequenceWithIOErrors_ actions = IO (\s -> zz_sequenceWithIOErrorszuzuzdsgo s actions)

-- | Its loop (-O1 callers; the state token first).
zz_sequenceWithIOErrorszuzuzdsgo :: State# RealWorld -> [IO ()] -> (# State# RealWorld, () #)
zz_sequenceWithIOErrorszuzuzdsgo s actions = case go Nothing actions of IO f -> f s
  where
    go :: Maybe IOError -> [IO ()] -> IO ()
    go firstErr [] = maybe (return ()) throwIO firstErr
    go firstErr (a : as) = do
      r <- try a
      case r of
        Left e -> go (Just (maybe e id firstErr)) as
        Right () -> go firstErr as

-- | The errors the predicate accepts as Left; the others are rethrown.
tryIOErrorType :: (IOError -> Bool) -> IO a -> IO (Either IOError a)
tryIOErrorType p act = do
  r <- try act
  case r of
    Left e | p e -> return (Left e)
           | otherwise -> throwIO e
    Right a -> return (Right a)

-- | An error the predicate accepts gets the given description.
specializeErrorString :: String -> (IOError -> Bool) -> IO a -> IO a
specializeErrorString str p act =
  act `catchIOError` \e -> if p e then IO (\s -> zz_specializzeErrorString2 s e str) else throwIO e

-- | The error again with the description str.
zz_specializzeErrorString2 :: State# RealWorld -> IOError -> String -> (# State# RealWorld, a #)
zz_specializzeErrorString2 s e str = case throwIO (ioeSetErrorString e str) of IO f -> f s

-- | loc in front of the error's location, ':' between when it has one.
ioeAddLocation :: IOError -> String -> IOError
ioeAddLocation e loc = ioeSetLocation e (loc ++ rest)
  where
    old = ioeGetLocation e
    rest = if null old then "" else ':' : old

ignoreIOExceptions :: IO () -> IO ()
ignoreIOExceptions act = act `catch` \e -> IO (zz_ignoreIOExceptions2 e)

-- | ignoreIOExceptions' handler: an IOException is dropped, any other
-- exception goes on.
zz_ignoreIOExceptions2 :: SomeException -> State# RealWorld -> (# State# RealWorld, () #)
zz_ignoreIOExceptions2 e s = case handler of IO f -> f s
  where
    handler = case fromException e of
      Just (_ :: IOException) -> return ()
      Nothing -> throwIO e

-- Paths ---------------------------------------------------------------------------

emptyToCurDir :: FilePath -> FilePath
emptyToCurDir "" = "."
emptyToCurDir p = p

-- | Every separator as the platform's own ('/' here: no change).
normalisePathSeps :: FilePath -> FilePath
normalisePathSeps = map zz_normalisePathSeps1

zz_normalisePathSeps1 :: Char -> Char
zz_normalisePathSeps1 c = if isPathSeparator c then pathSeparator else c

-- | A run of trailing separators becomes one.
normaliseTrailingSep :: FilePath -> FilePath
normaliseTrailingSep p = case span isPathSeparator (reverse p) of
  (_ : _, front) -> reverse front ++ [pathSeparator]
  ([], _) -> p

-- | filepath's normalise, but "" stays "".
simplifyPosix :: FilePath -> FilePath
simplifyPosix "" = ""
simplifyPosix p = normalise p

-- | "." removed and ".." taken back against the component before it
-- (kept when there is none to take back).
expandDots :: [FilePath] -> [FilePath]
expandDots x = reverse (zz_expandDotszuzdsgo x)

-- | The components kept, last first.
zz_expandDotszuzdsgo :: [[Char]] -> [String]
zz_expandDotszuzdsgo = foldl step []
  where
    step acc "." = acc
    step (x : acc) ".." | x /= ".." = acc
    step acc x = x : acc

-- | The lexical simplification: empty components and "." dropped, ".."
-- resolved (above the root there is nothing: dropped there), one trailing
-- separator kept, "." for nothing left.
simplifyWindows :: FilePath -> FilePath
simplifyWindows "" = ""
simplifyWindows path = case root ++ body of
  "" -> "."
  r -> r ++ trailing
  where
    (drv, rest) = splitDrive path
    root = if null drv then "" else [pathSeparator]
    comps0 = expandDots (filter (not . null) (pieces rest))
    comps = if null drv then comps0 else dropWhile (== "..") comps0
    body = intercalate [pathSeparator] comps
    trailing = if hasTrailingPathSeparator path && not (null comps) then [pathSeparator] else ""
    pieces s = case break isPathSeparator s of
      (a, []) -> [a]
      (a, _ : more) -> a : pieces more
