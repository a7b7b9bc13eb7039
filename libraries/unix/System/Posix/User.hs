{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.User (clean-room, hs2stg): the process's
-- ids (Node's process) and the user and group databases, read from
-- /etc/passwd and /etc/group (what the C library's files backend reads).
module System.Posix.User
  ( getRealUserID, getRealGroupID, getEffectiveUserID, getEffectiveGroupID
  , getGroups, getEffectiveUserName
  , GroupEntry (..), getGroupEntryForID, getGroupEntryForName, getAllGroupEntries
  , UserEntry (..), getUserEntryForID, getUserEntryForName, getAllUserEntries
  , CPasswd, CGroup
  , zz_czugetpwuidzur, zz_czugetgrgidzur, zz_pwBufSizze, zz_grBufSizze
  , zz_zdwdoubleAllocWhileERANGE, zz_getGroupEntryForID2
  , zz_zdfReadUserEntry2, zz_zdfReadGroupEntry2
  ) where

import Control.Monad (zipWithM_)
import Data.Word (Word32)
import Foreign.C.Error (Errno (..))
import Foreign.C.String (CString, peekCAString)
import Foreign.C.Types (CInt, CSize)
import Foreign.Marshal.Alloc (alloca, allocaBytes)
import Foreign.Marshal.Array (peekArray0)
import Foreign.Ptr (Ptr, castPtr, nullPtr, plusPtr)
import Foreign.Storable (peek, peekByteOff, poke, pokeByteOff)
import GHC.Exts (Int#, Int (..))
import GHC.Read (readPrec)
import Text.ParserCombinators.ReadP (ReadP)
import Text.ParserCombinators.ReadPrec (Prec, readPrec_to_P)
import Unsafe.Coerce (unsafeCoerce)

import System.IO.Error (doesNotExistErrorType, ioeSetErrorString, mkIOError)
import Foreign.C.Error (errnoToIOError)
import Data.Word (Word8)
import Text.ParserCombinators.ReadPrec (ReadPrec)
import System.Posix.Hs2stg (fields, splitOn, uxInt, uxText, uxTextWith)
import System.Posix.Types

data UserEntry = UserEntry
  { userName :: String
  , userPassword :: String
  , userID :: UserID
  , userGroupID :: GroupID
  , userGecos :: String
  , homeDirectory :: String
  , userShell :: String
  }
  deriving (Show, Read, Eq)

data GroupEntry = GroupEntry
  { groupName :: String
  , groupPassword :: String
  , groupID :: GroupID
  , groupMembers :: [String]
  }
  deriving (Show, Read, Eq)

getRealUserID :: IO UserID
getRealUserID = fmap fromIntegral (uxInt 0 0)
getEffectiveUserID :: IO UserID
getEffectiveUserID = fmap fromIntegral (uxInt 1 0)
getRealGroupID :: IO GroupID
getRealGroupID = fmap fromIntegral (uxInt 2 0)
getEffectiveGroupID :: IO GroupID
getEffectiveGroupID = fmap fromIntegral (uxInt 3 0)

getGroups :: IO [GroupID]
getGroups = do
  t <- uxText "getGroups" 7 0
  return (map (fromIntegral . (read :: String -> Int)) (words (maybe "" id t)))

getEffectiveUserName :: IO String
getEffectiveUserName = getEffectiveUserID >>= fmap userName . getUserEntryForID

userEntry :: String -> UserEntry
userEntry t = case fields t of
  [n, pw, u, g, gecos, dir, sh] ->
    UserEntry n pw (fromIntegral (read u :: Int)) (fromIntegral (read g :: Int)) gecos dir sh
  _ -> error ("hs2stg: a passwd entry of an unexpected form: " ++ show t)

groupEntry :: String -> GroupEntry
groupEntry t = case fields t of
  (n : pw : g : ms : _) ->
    GroupEntry n pw (fromIntegral (read g :: Int)) (if null ms then [] else splitOn ',' ms)
  _ -> error ("hs2stg: a group entry of an unexpected form: " ++ show t)

-- | The entry, or unix's "no such user/group" NoSuchThing error at loc.
found :: String -> String -> (String -> a) -> Maybe String -> IO a
found loc what make t = case t of
  Just s -> return (make s)
  Nothing -> ioError (ioeSetErrorString (mkIOError doesNotExistErrorType loc Nothing Nothing) ("no such " ++ what))

getUserEntryForID :: UserID -> IO UserEntry
getUserEntryForID u = uxText "getUserEntryForID" 0 (fromIntegral u) >>= found "getUserEntryForID" "user" userEntry

getUserEntryForName :: String -> IO UserEntry
getUserEntryForName n = uxTextWith "getUserEntryForName" 1 n 0 >>= found "getUserEntryForName" "user" userEntry

getGroupEntryForID :: GroupID -> IO GroupEntry
getGroupEntryForID g = uxText "getGroupEntryForID" 2 (fromIntegral g) >>= found "getGroupEntryForID" "group" groupEntry

getGroupEntryForName :: String -> IO GroupEntry
getGroupEntryForName n = uxTextWith "getGroupEntryForName" 3 n 0 >>= found "getGroupEntryForName" "group" groupEntry

getAllUserEntries :: IO [UserEntry]
getAllUserEntries = fmap (map userEntry . lines' ) (uxText "getAllUserEntries" 4 0)

getAllGroupEntries :: IO [GroupEntry]
getAllGroupEntries = fmap (map groupEntry . lines') (uxText "getAllGroupEntries" 5 0)

lines' :: Maybe String -> [String]
lines' t = case t of
  Just s | not (null s) -> splitOn '\n' s
  _ -> []

-- -O1 internals. GHC's inlined code calls getpwuid_r/getgrgid_r (ours
-- here: the entry laid out as glibc's struct passwd / struct group in the
-- buffer it gives, Linux x86-64's offsets) through unix's retry loop,
-- then unpacks the struct.
data CPasswd
data CGroup

zz_pwBufSizze, zz_grBufSizze :: Int
zz_pwBufSizze = 1024
zz_grBufSizze = 1024

-- | Lays out strings in the buffer: their addresses, or Nothing when
-- they do not fit.
layout :: Ptr a -> Int -> [String] -> IO (Maybe [Ptr a])
layout buf len strs
  | sum (map ((+ 1) . length) strs) > len = return Nothing
  | otherwise = fmap Just (go 0 strs)
  where
    go _ [] = return []
    go off (x : xs) = do
      let p = buf `plusPtr` off
      zipWithM_ (\i c -> pokeByteOff p i (fromIntegral (fromEnum c) :: Word8)) [0 ..] (latin x)
      pokeByteOff p (length x) (0 :: Word8)
      rest <- go (off + length x + 1) xs
      return (p : rest)
    -- one byte a character, as unix's peekCAString reads them back
    latin = id

zz_czugetpwuidzur :: CUid -> Ptr CPasswd -> CString -> CSize -> Ptr (Ptr CPasswd) -> IO CInt
zz_czugetpwuidzur uid pw buf len result = do
  t <- uxText "getpwuid_r" 0 (fromIntegral uid)
  case fmap fields t of
    Just [n, p, u, g, gecos, dir, sh] -> do
      ps <- layout (castPtr buf) (fromIntegral len) [n, p, gecos, dir, sh]
      case ps of
        Nothing -> return 34
        Just [pn, pp, pg, pd, psh] -> do
          pokeByteOff pw 0 pn
          pokeByteOff pw 8 pp
          pokeByteOff pw 16 (fromIntegral (read u :: Int) :: Word32)
          pokeByteOff pw 20 (fromIntegral (read g :: Int) :: Word32)
          pokeByteOff pw 24 pg
          pokeByteOff pw 32 pd
          pokeByteOff pw 40 psh
          poke result pw
          return 0
        Just _ -> return 5
    _ -> poke result nullPtr >> return 0

zz_czugetgrgidzur :: CGid -> Ptr CGroup -> CString -> CSize -> Ptr (Ptr CGroup) -> IO CInt
zz_czugetgrgidzur gid gr buf len result = do
  t <- uxText "getgrgid_r" 2 (fromIntegral gid)
  case fmap fields t of
    Just (n : p : g : ms : _) -> do
      let members = if null ms then [] else splitOn ',' ms
          table = 8 * (length members + 1)
      ps <- layout (castPtr buf `plusPtr` table) (fromIntegral len - table) (n : p : members)
      case ps of
        Just (pn : pp : pms) | table <= fromIntegral len -> do
          zipWithM_ (\i q -> pokeByteOff buf (8 * i) q) [0 ..] (pms ++ [nullPtr])
          pokeByteOff gr 0 pn
          pokeByteOff gr 8 pp
          pokeByteOff gr 16 (fromIntegral (read g :: Int) :: Word32)
          pokeByteOff gr 24 buf
          poke result gr
          return 0
        _ -> return 34
    _ -> poke result nullPtr >> return 0

-- | unix's retry loop: the buffer doubled while the call answers ERANGE;
-- no entry is unix's "no such ..." NoSuchThing error at loc.
zz_zdwdoubleAllocWhileERANGE
  :: String -> String -> Int# -> (Ptr r -> IO a) -> (Ptr b -> CSize -> Ptr (Ptr r) -> IO CInt) -> IO a
zz_zdwdoubleAllocWhileERANGE loc what n0 unpack action = go (I# n0)
  where
    go n = do
      r <- allocaBytes n $ \buf -> alloca $ \res -> do
        rc <- action buf (fromIntegral n) res
        if rc == 34
          then return Nothing
          else
            if rc /= 0
              then ioError (errnoToIOError loc (Errno rc) Nothing Nothing)
              else do
                p <- peek res
                if p == nullPtr
                  then ioError (ioeSetErrorString (mkIOError doesNotExistErrorType loc Nothing Nothing) ("no such " ++ what))
                  else fmap Just (unpack p)
      maybe (go (2 * n)) return r

-- | unpackGroupEntry: a struct group's fields.
zz_getGroupEntryForID2 :: Ptr CGroup -> IO GroupEntry
zz_getGroupEntryForID2 p = do
  n <- peekByteOff p 0 >>= peekCAString
  pw <- peekByteOff p 8 >>= peekCAString
  g <- peekByteOff p 16 :: IO Word32
  mem <- peekByteOff p 24
  ms <- peekArray0 nullPtr mem >>= mapM peekCAString
  return (GroupEntry n pw (fromIntegral g) ms)

-- | The Read instances' parsers (readPrec's function: ReadPrec and ReadP
-- are newtypes).
zz_zdfReadUserEntry2 :: Prec -> ReadP UserEntry
zz_zdfReadUserEntry2 = unsafeCoerce (readPrec_to_P (readPrec :: ReadPrec UserEntry))

zz_zdfReadGroupEntry2 :: Prec -> ReadP GroupEntry
zz_zdfReadGroupEntry2 = unsafeCoerce (readPrec_to_P (readPrec :: ReadPrec GroupEntry))
