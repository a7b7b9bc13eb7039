{-# LANGUAGE DeriveDataTypeable #-}
-- Clean-room Text.Parsec.Pos (parsec-3.1.14.0's API): source positions.
module Text.Parsec.Pos
  ( SourceName, Line, Column, SourcePos
  , sourceLine, sourceColumn, sourceName
  , incSourceLine, incSourceColumn
  , setSourceLine, setSourceColumn, setSourceName
  , newPos, initialPos
  , updatePosChar, updatePosString
  ) where

import Data.Data (Data)
import Data.Typeable (Typeable)

type SourceName = String
type Line = Int
type Column = Int

-- Field order and strictness as the installed interface: name, then the
-- unpacked line and column. Eq/Ord compare in that order.
data SourcePos = SourcePos SourceName !Line !Column
  deriving (Eq, Ord, Data, Typeable)

newPos :: SourceName -> Line -> Column -> SourcePos
newPos name l c = SourcePos name l c

initialPos :: SourceName -> SourcePos
initialPos name = SourcePos name 1 1

sourceName :: SourcePos -> SourceName
sourceName (SourcePos n _ _) = n

sourceLine :: SourcePos -> Line
sourceLine (SourcePos _ l _) = l

sourceColumn :: SourcePos -> Column
sourceColumn (SourcePos _ _ c) = c

incSourceLine :: SourcePos -> Line -> SourcePos
incSourceLine (SourcePos n l c) k = SourcePos n (l + k) c

incSourceColumn :: SourcePos -> Column -> SourcePos
incSourceColumn (SourcePos n l c) k = SourcePos n l (c + k)

setSourceName :: SourcePos -> SourceName -> SourcePos
setSourceName (SourcePos _ l c) n = SourcePos n l c

setSourceLine :: SourcePos -> Line -> SourcePos
setSourceLine (SourcePos n _ c) l = SourcePos n l c

setSourceColumn :: SourcePos -> Column -> SourcePos
setSourceColumn (SourcePos n l _) c = SourcePos n l c

-- A newline starts the next line, a tab moves to the next multiple of 8
-- (plus one), anything else advances one column.
updatePosChar :: SourcePos -> Char -> SourcePos
updatePosChar (SourcePos n l c) ch = case ch of
  '\n' -> SourcePos n (l + 1) 1
  '\t' -> SourcePos n l (c + 8 - ((c - 1) `mod` 8))
  _ -> SourcePos n l (c + 1)

updatePosString :: SourcePos -> String -> SourcePos
updatePosString = go
  where
    go p [] = p
    go p (ch : rest) = go (updatePosChar p ch) rest

instance Show SourcePos where
  show (SourcePos n l c) = named ++ "(line " ++ show l ++ ", column " ++ show c ++ ")"
    where
      named
        | null n = ""
        | otherwise = "\"" ++ n ++ "\" "
