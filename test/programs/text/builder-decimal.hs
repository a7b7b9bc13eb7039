-- Data.Text.Lazy.Builder.Int.decimal at types text has no specialisation
-- for (a newtype's Integral, Natural, a polymorphic caller): at -O1 these
-- call its worker $wdecimal with the Integral's pieces.
import qualified Data.Text.Lazy as TL
import Data.Text.Lazy.Builder (toLazyText, fromString)
import Data.Text.Lazy.Builder.Int (decimal, hexadecimal)
import Numeric.Natural (Natural)

newtype Cents = Cents Integer deriving (Show, Eq, Ord)
instance Num Cents where
  Cents a + Cents b = Cents (a + b)
  Cents a * Cents b = Cents (a * b)
  abs (Cents a) = Cents (abs a)
  signum (Cents a) = Cents (signum a)
  fromInteger = Cents
  negate (Cents a) = Cents (negate a)
instance Real Cents where toRational (Cents a) = toRational a
instance Enum Cents where
  toEnum = Cents . toEnum
  fromEnum (Cents a) = fromEnum a
instance Integral Cents where
  toInteger (Cents a) = a
  quotRem (Cents a) (Cents b) = let (q, r) = quotRem a b in (Cents q, Cents r)

{-# NOINLINE render #-}
render :: Integral a => [a] -> TL.Text
render xs = toLazyText (mconcat [decimal x <> fromString "," | x <- xs])

main :: IO ()
main = do
  print (render [Cents 0, Cents 7, Cents (-12), Cents 123456789012345])
  print (render [0, 1, 10, 2 ^ 70 :: Natural])
  print (render [-5, 0, 99 :: Integer])
  print (render [minBound, 0, maxBound :: Int])
  print (toLazyText (decimal (Cents 42) <> fromString " " <> hexadecimal (255 :: Int)))
