{-# LANGUAGE MagicHash #-}
-- Clean-room Text.Parsec.Pos (parsec-3.1.14.0's API): source positions.
module Text.Parsec.Pos
  ( SourceName, Line, Column, SourcePos
  , sourceLine, sourceColumn, sourceName
  , incSourceLine, incSourceColumn
  , setSourceLine, setSourceColumn, setSourceName
  , newPos, initialPos
  , updatePosChar, updatePosString
  ) where

import GHC.Exts (Int (I#), Int#)
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, Fixity (Prefix))

type SourceName = String
type Line = Int
type Column = Int

-- The installed package's layout: the name, then line and column unpacked
-- (written as Int# here because -O0, which generates the preludes, does not
-- unpack); -O1 user code builds and matches it directly. Built through mk.
data SourcePos = SourcePos SourceName Int# Int#

mk :: SourceName -> Int -> Int -> SourcePos
mk n (I# l) (I# c) = SourcePos n l c

-- Eq and Ord compare name, line, column in that order.
instance Eq SourcePos where
  a == b = parts a == parts b

instance Ord SourcePos where
  compare a b = compare (parts a) (parts b)

parts :: SourcePos -> (SourceName, Int, Int)
parts (SourcePos n l c) = (n, I# l, I# c)

newPos :: SourceName -> Line -> Column -> SourcePos
newPos name l c = mk name l c

initialPos :: SourceName -> SourcePos
initialPos name = mk name 1 1

sourceName :: SourcePos -> SourceName
sourceName (SourcePos n _ _) = n

sourceLine :: SourcePos -> Line
sourceLine (SourcePos _ l _) = I# l

sourceColumn :: SourcePos -> Column
sourceColumn (SourcePos _ _ c) = I# c

incSourceLine :: SourcePos -> Line -> SourcePos
incSourceLine p k = mk (sourceName p) (sourceLine p + k) (sourceColumn p)

incSourceColumn :: SourcePos -> Column -> SourcePos
incSourceColumn p k = mk (sourceName p) (sourceLine p) (sourceColumn p + k)

setSourceName :: SourcePos -> SourceName -> SourcePos
setSourceName p n = mk n (sourceLine p) (sourceColumn p)

setSourceLine :: SourcePos -> Line -> SourcePos
setSourceLine p l = mk (sourceName p) l (sourceColumn p)

setSourceColumn :: SourcePos -> Column -> SourcePos
setSourceColumn p c = mk (sourceName p) (sourceLine p) c

-- A newline starts the next line, a tab moves to the next multiple of 8
-- (plus one), anything else advances one column.
updatePosChar :: SourcePos -> Char -> SourcePos
updatePosChar p ch = case ch of
  '\n' -> mk n (l + 1) 1
  '\t' -> mk n l (c + 8 - ((c - 1) `mod` 8))
  _ -> mk n l (c + 1)
  where
    n = sourceName p
    l = sourceLine p
    c = sourceColumn p

updatePosString :: SourcePos -> String -> SourcePos
updatePosString = go
  where
    go p [] = p
    go p (ch : rest) = go (updatePosChar p ch) rest

instance Show SourcePos where
  show p = named ++ "(line " ++ show (sourceLine p) ++ ", column " ++ show (sourceColumn p) ++ ")"
    where
      n = sourceName p
      named
        | null n = ""
        | otherwise = "\"" ++ n ++ "\" "

-- ------------------------------------------------------------------ Data
-- As `deriving Data` builds it for the real (name, line, column) record.
instance Data SourcePos where
  gfoldl f z (SourcePos n l c) = z newPos `f` n `f` I# l `f` I# c
  gunfold k z _ = k (k (k (z newPos)))
  toConstr _ = sourcePosConstr
  dataTypeOf _ = sourcePosDataType

sourcePosConstr :: Constr
sourcePosConstr = mkConstr sourcePosDataType "SourcePos" [] Prefix

sourcePosDataType :: DataType
sourcePosDataType = mkDataType "SourcePos" [sourcePosConstr]
