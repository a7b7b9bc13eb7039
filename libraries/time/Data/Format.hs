{-# LANGUAGE RankNTypes, ScopedTypeVariables, UnboxedTuples #-}
-- | Clean-room Data.Format for hs2stg (time-1.9.3's hidden module, the
-- API from `ghc --show-iface`): a text format is a printer that may refuse
-- a value and a ReadP parser, built from small pieces with the
-- IsoVariant / Productish / Summish combinators. The behaviour (padding,
-- signs, which parses succeed and how many ReadP results a parse has) was
-- worked out black-box against the installed package.
module Data.Format
  ( Format (..)
  , formatShow
  , formatParseM
  , IsoVariant (..)
  , enumMap
  , Productish (..)
  , Summish (..)
  , parseReader
  , mapMFormat
  , filterFormat
  , clipFormat
  , optionalFormat
  , casesFormat
  , optionalSignFormat
  , mandatorySignFormat
  , SignOption (..)
  , integerFormat
  , decimalFormat
  , literalFormat
  , specialCaseFormat
  , specialCaseShowFormat
  , zz_zdwzdczlztztzg
  , zz_zdwparseReader
  , zz_zdwshowNumber
  , zz_trimTrailing
  , zz_formatShow1
  , zz_parseReader3
  , zz_decimalFormat1
  , zz_casesFormat1
  ) where

import Control.Exception (ErrorCall (..), throw)
import Control.Monad.Fail (MonadFail)
import Data.Char (isDigit)
import Data.Void (Void, absurd)
import Text.ParserCombinators.ReadP
import Unsafe.Coerce (unsafeCoerce)

-- | A text format for a type: show it (Nothing when the value has no
-- text in this format) and read it.
data Format t = MkFormat
  { formatShowM :: t -> Maybe String
  , formatReadP :: ReadP t
  }

-- | Show a value in the format; a value the format cannot show is an
-- error, reported as the installed package reports it (the call stack of
-- its `error` included).
formatShow :: Format t -> t -> String
formatShow fmt t = case formatShowM fmt t of
  Just s -> s
  Nothing -> zz_formatShow1

-- | formatShow's error (-O1 callers).
zz_formatShow1 :: String
zz_formatShow1 =
    throw
      ( ErrorCallWithLocation
          "formatShow: bad value"
          "CallStack (from HasCallStack):\n  error, called at libraries/time/lib/Data/Format.hs:88:16 in time-1.9.3:Data.Format"
      )

-- | Parse a whole string with a reader: one complete parse or a failure.
parseReader :: MonadFail m => ReadP t -> String -> m t
parseReader = zz_zdwparseReader fail

-- | parseReader with MonadFail's fail apart (-O1 callers).
zz_zdwparseReader :: Monad m => (forall a. String -> m a) -> ReadP t -> String -> m t
zz_zdwparseReader failure readp s = case zz_parseReader3 (readP_to_S readp s) of
  [t] -> return t
  [] -> failure ("no parse of " ++ show s)
  _ -> failure ("multiple parses of " ++ show s)

-- | The complete parses.
zz_parseReader3 :: [(t, String)] -> [t]
zz_parseReader3 rs = [t | (t, "") <- rs]

-- | Parse a value in the format.
formatParseM :: MonadFail m => Format t -> String -> m t
formatParseM fmt = parseReader (formatReadP fmt)

class IsoVariant f where
  isoMap :: (a -> b) -> (b -> a) -> f a -> f b

enumMap :: (IsoVariant f, Enum a) => f Int -> f a
enumMap = isoMap toEnum fromEnum

infixr 3 <**>, **>, <**

class IsoVariant f => Productish f where
  pUnit :: f ()
  (<**>) :: f a -> f b -> f (a, b)
  (**>) :: f () -> f a -> f a
  fu **> fa = isoMap snd (\a -> ((), a)) (fu <**> fa)
  (<**) :: f a -> f () -> f a
  fa <** fu = isoMap fst (\a -> (a, ())) (fa <**> fu)

infixr 2 <++>

class IsoVariant f => Summish f where
  pVoid :: f Void
  (<++>) :: f a -> f b -> f (Either a b)

instance IsoVariant Format where
  isoMap ab ba (MkFormat sa ra) = MkFormat (sa . ba) (fmap ab ra)

instance Productish Format where
  pUnit = MkFormat (\_ -> Just "") (return ())
  MkFormat sa ra <**> MkFormat sb rb =
    MkFormat (\(a, b) -> (++) <$> sa a <*> sb b) ((,) <$> ra <*> rb)
  MkFormat su ru **> MkFormat sa ra =
    MkFormat (\a -> (++) <$> su () <*> sa a) (ru >> ra)
  MkFormat sa ra <** MkFormat su ru =
    MkFormat (\a -> (++) <$> sa a <*> su ()) (ra <* ru)

-- | <**> with the formats' fields apart (-O1 callers).
zz_zdwzdczlztztzg :: (a -> Maybe String) -> ReadP a -> (b -> Maybe String) -> ReadP b -> (# (a, b) -> Maybe String, ReadP (a, b) #)
zz_zdwzdczlztztzg sa ra sb rb = case MkFormat sa ra <**> MkFormat sb rb of MkFormat s r -> (# s, r #)

instance Summish Format where
  pVoid = MkFormat absurd pfail
  MkFormat sa ra <++> MkFormat sb rb =
    MkFormat (either sa sb) (fmap Left ra +++ fmap Right rb)

-- | A format through a partial isomorphism.
mapMFormat :: (a -> Maybe b) -> (b -> Maybe a) -> Format a -> Format b
mapMFormat amb bma (MkFormat sa ra) =
  MkFormat (\b -> bma b >>= sa) (ra >>= maybe pfail return . amb)

-- | Only the values that pass a test, both ways.
filterFormat :: (a -> Bool) -> Format a -> Format a
filterFormat ok = mapMFormat keep keep
  where
    keep a = if ok a then Just a else Nothing

-- | Limits are inclusive.
clipFormat :: Ord a => (a, a) -> Format a -> Format a
clipFormat (lo, hi) = filterFormat (\a -> a >= lo && a <= hi)

-- | The value `a` may be left out of the text (and is shown as nothing).
optionalFormat :: Eq a => a -> Format a -> Format a
optionalFormat a = specialCaseFormat (a, "")

-- | One text per value, from a list.
casesFormat :: Eq a => [(a, String)] -> Format a
casesFormat pairs = MkFormat (`lookup` pairs) (casesReadP pairs)

casesReadP :: [(a, String)] -> ReadP a
casesReadP pairs = choice [a <$ string s | (a, s) <- pairs]

-- | A value with a text of its own, besides the format's.
specialCaseFormat :: Eq a => (a, String) -> Format a -> Format a
specialCaseFormat (a, s) (MkFormat sa ra) =
  MkFormat (\x -> if x == a then Just s else sa x) ((a <$ string s) +++ ra)

-- | A value shown with a text of its own (read by the format only).
specialCaseShowFormat :: Eq a => (a, String) -> Format a -> Format a
specialCaseShowFormat (a, s) (MkFormat sa ra) =
  MkFormat (\x -> if x == a then Just s else sa x) ra

-- | A fixed text.
literalFormat :: String -> Format ()
literalFormat s = MkFormat (\_ -> Just s) (() <$ string s)

-- | A sign, as 1 or -1: an optional '-' (nothing shown for +1).
optionalSignFormat :: (Eq t, Num t) => Format t
optionalSignFormat =
  MkFormat
    (\t -> if t == 1 then Just "" else if t == -1 then Just "-" else Nothing)
    (option 1 (-1 <$ char '-'))

-- | A sign, as 1 or -1: '+' or '-'.
mandatorySignFormat :: (Eq t, Num t) => Format t
mandatorySignFormat =
  MkFormat
    (\t -> if t == 1 then Just "+" else if t == -1 then Just "-" else Nothing)
    ((1 <$ char '+') +++ (-1 <$ char '-'))

-- | Which signs a number's text has: none (no negative numbers), a '-'
-- for negatives, or always '+' or '-'.
data SignOption = NoSign | NegSign | PosNegSign

-- | A number's sign as text, or Nothing for a negative number unsigned.
signText :: SignOption -> Bool -> Maybe String
signText NoSign neg = if neg then Nothing else Just ""
signText NegSign neg = Just (if neg then "-" else "")
signText PosNegSign neg = Just (if neg then "-" else "+")

-- | The sign's reader: whether the number is negative.
signReadP :: SignOption -> ReadP Bool
signReadP NoSign = return False
signReadP NegSign = option False (True <$ char '-')
signReadP PosNegSign = (False <$ char '+') +++ (True <$ char '-')

-- | Digits, zero-padded on the left to a width.
padDigits :: Maybe Int -> String -> String
padDigits Nothing ds = ds
padDigits (Just w) ds = replicate (w - length ds) '0' ++ ds

-- | Exactly n digits, or one or more (all of them) without a count.
digitsReadP :: Maybe Int -> ReadP String
digitsReadP (Just n) = count n (satisfy isDigit)
digitsReadP Nothing = munch1 isDigit

-- | A signed number from its sign and the text of its magnitude.
signed :: Num t => Bool -> t -> t
signed neg t = if neg then negate t else t

-- | An integer, with at least (showing) or exactly (reading) a number of
-- digits.
integerFormat :: (Show t, Read t, Num t) => SignOption -> Maybe Int -> Format t
integerFormat opt n = MkFormat (showNumber' opt (padDigits n)) (readNumber opt n False)

-- | integerFormat's (False) and decimalFormat's (True) reader.
readNumber :: (Num t, Read t) => SignOption -> Maybe Int -> Bool -> ReadP t
readNumber opt n False = signed <$> signReadP opt <*> (read <$> digitsReadP n)
readNumber opt n True = do
  neg <- signReadP opt
  i <- digitsReadP n
  f <- option "" (satisfy (`elem` ".,") >> many1 (satisfy isDigit))
  return (signed neg (read (i ++ (if null f then "" else '.' : f))))

-- | The readers as -O1 callers take them: ReadP is a newtype of its
-- continuation-passing function (`forall b. (a -> P b) -> P b`, the
-- interface's N:ReadP), and time's decimalFormat1 and casesFormat1 are
-- integerFormat's/decimalFormat's and casesFormat's readers as that
-- function (P is not exported: r stands for P b).
zz_decimalFormat1 :: forall t r. (Num t, Read t) => SignOption -> Maybe Int -> Bool -> (t -> r) -> r
zz_decimalFormat1 opt n d = unsafeCoerce (readNumber opt n d :: ReadP t)

zz_casesFormat1 :: [(a, String)] -> (a -> r) -> r
zz_casesFormat1 pairs = unsafeCoerce (casesReadP pairs)

-- | A decimal number (a Fixed): the integer part as integerFormat's, then
-- an optional fraction after '.' or ',' (read at every length, shown
-- without its trailing zeros).
decimalFormat :: (Show t, Read t, Num t) => SignOption -> Maybe Int -> Format t
decimalFormat opt n =
  MkFormat (showNumber' opt padDecimal) (readNumber opt n True)
  where
    padDecimal s =
      let (i, f) = break (== '.') s
          f' = dropTrailingZeros f
       in padDigits n i ++ (if f' == "." then "" else f')

dropTrailingZeros :: String -> String
dropTrailingZeros = reverse . dropWhile (== '0') . reverse

-- | A number's text from its Show: negative when it starts with '-'.
showNumber' :: Show t => SignOption -> (String -> String) -> t -> Maybe String
showNumber' opt pad t = showWith show opt pad t

-- | A number shown through a show function, its digits (the integer
-- part's, for a decimal) padded to at least n, a decimal's trailing
-- zeros dropped (-O1 callers).
zz_zdwshowNumber :: (t -> String) -> SignOption -> Maybe Int -> t -> Maybe String
zz_zdwshowNumber sh opt n = showWith sh opt padDecimal
  where
    padDecimal s =
      let (i, f) = break (== '.') s
          f' = dropTrailingZeros f
       in padDigits n i ++ zz_trimTrailing f

-- | A decimal's fraction (from its '.') without trailing zeros, nothing
-- when none is left (-O1 callers).
zz_trimTrailing :: String -> String
zz_trimTrailing f = let f' = dropTrailingZeros f in if f' == "." then "" else f'

showWith :: (t -> String) -> SignOption -> (String -> String) -> t -> Maybe String
showWith sh opt pad t = case sh t of
  '-' : digits -> (++ pad digits) <$> signText opt True
  digits -> (++ pad digits) <$> signText opt False
