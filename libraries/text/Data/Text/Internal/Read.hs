{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Read: the small parser the
-- reading functions are written with, and digit values.
module Data.Text.Internal.Read
  ( IReader,
    IParser (..),
    T (..),
    digitToInt,
    hexDigitToInt,
    perhaps,
    zz_zdfFunctorIParser1,
    zz_zdfFunctorIParser2,
    zz_zdfApplicativeIParser1,
    zz_zdfApplicativeIParser2,
    zz_zdfApplicativeIParser3,
    zz_zdfApplicativeIParser4,
  )
where

import Data.Char (ord)

type IReader t a = t -> Either String (a, t)

newtype IParser t a = P {runP :: IReader t a}

instance Functor (IParser t) where
  fmap f m = P $ \t -> case runP m t of
    Left e -> Left e
    Right (a, t') -> Right (f a, t')

instance Applicative (IParser t) where
  pure a = P $ \t -> Right (a, t)
  mf <*> ma = P $ \t -> case runP mf t of
    Left e -> Left e
    Right (f, t') -> case runP ma t' of
      Left e -> Left e
      Right (a, t'') -> Right (f a, t'')

instance Monad (IParser t) where
  m >>= k = P $ \t -> case runP m t of
    Left e -> Left e
    Right (a, t') -> runP (k a) t'

data T = T !Integer {-# UNPACK #-} !Int

-- | The parser's result, or def when it fails (consuming nothing).
perhaps :: a -> IParser t a -> IParser t a
perhaps def m = P $ \t -> case runP m t of
  Left _ -> Right (def, t)
  r -> r

-- | A decimal digit's value (no check).
digitToInt :: Char -> Int
digitToInt c = ord c - ord '0'

-- | A hexadecimal digit's value (no check: anything past '9' not in
-- 'a'..'f' counts from 'A').
hexDigitToInt :: Char -> Int
hexDigitToInt c
  | c >= '0' && c <= '9' = ord c - ord '0'
  | c >= 'a' && c <= 'f' = ord c - (ord 'a' - 10)
  | otherwise = ord c - (ord 'A' - 10)

-- The instances' methods as the package's -O1 callers name them (the
-- interface file's types tell which: (<$), fmap, (<*), (*>), liftA2, (<*>)).

zz_zdfFunctorIParser1 :: a -> IParser t b -> IReader t a
zz_zdfFunctorIParser1 a m = runP (a <$ m)

zz_zdfFunctorIParser2 :: (a -> b) -> IParser t a -> IReader t b
zz_zdfFunctorIParser2 f m = runP (fmap f m)

zz_zdfApplicativeIParser1 :: IParser t a -> IParser t b -> IReader t a
zz_zdfApplicativeIParser1 a b = runP (a <* b)

zz_zdfApplicativeIParser2 :: IParser t a -> IParser t b -> IReader t b
zz_zdfApplicativeIParser2 a b = runP (a *> b)

zz_zdfApplicativeIParser3 :: (a -> b -> c) -> IParser t a -> IParser t b -> IReader t c
zz_zdfApplicativeIParser3 f a b = runP (f <$> a <*> b)

zz_zdfApplicativeIParser4 :: IParser t (a -> b) -> IParser t a -> IReader t b
zz_zdfApplicativeIParser4 f a = runP (f <*> a)
