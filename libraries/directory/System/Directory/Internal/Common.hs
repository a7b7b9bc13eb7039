-- | Clean-room System.Directory.Internal.Common for hs2stg
-- (directory-1.3.6.2): its data types with their instances, as the
-- installed interface lists them (Permissions' record, the XDG directory
-- kinds, FileType). The rest of directory is hand-written miniSTG
-- (preludes/base/System.Directory+*.stg), which builds these values.
module System.Directory.Internal.Common
  ( Permissions (..)
  , XdgDirectory (..)
  , XdgDirectoryList (..)
  , FileType (..)
  , fileTypeIsDirectory
  , fileTypeIsLink
    -- internal names of the installed interface (-O1 callers)
  , zz_zdfReadPermissions2
  , zz_zdfReadXdgDirectory2
  , zz_zdfReadXdgDirectoryList2
  ) where

import GHC.Read (choose, expectP, parens, readField)
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
  deriving (Bounded, Enum, Eq, Ord, Show)

instance Read XdgDirectory where
  readPrec = parens zz_zdfReadXdgDirectory2
  readListPrec = readListPrecDefault

zz_zdfReadXdgDirectory2 :: ReadPrec XdgDirectory
zz_zdfReadXdgDirectory2 =
  choose [("XdgData", return XdgData), ("XdgConfig", return XdgConfig), ("XdgCache", return XdgCache)]

-- | The XDG search paths.
data XdgDirectoryList = XdgDataDirs | XdgConfigDirs
  deriving (Bounded, Enum, Eq, Ord, Show)

instance Read XdgDirectoryList where
  readPrec = parens zz_zdfReadXdgDirectoryList2
  readListPrec = readListPrecDefault

zz_zdfReadXdgDirectoryList2 :: ReadPrec XdgDirectoryList
zz_zdfReadXdgDirectoryList2 =
  choose [("XdgDataDirs", return XdgDataDirs), ("XdgConfigDirs", return XdgConfigDirs)]

data FileType = File | SymbolicLink | Directory | DirectoryLink
  deriving (Bounded, Enum, Eq, Ord, Read, Show)

-- | A directory, or a link to one that is followed as one.
fileTypeIsDirectory :: FileType -> Bool
fileTypeIsDirectory Directory = True
fileTypeIsDirectory DirectoryLink = True
fileTypeIsDirectory _ = False

fileTypeIsLink :: FileType -> Bool
fileTypeIsLink SymbolicLink = True
fileTypeIsLink DirectoryLink = True
fileTypeIsLink _ = False
