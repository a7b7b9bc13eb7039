{-# LANGUAGE MagicHash #-}
-- hs2stg's own implementation of containers-0.6.4.1's Data.Map.Internal.Debug.
module Data.Map.Internal.Debug where

import Data.Map.Internal (Map (..), size, delta, ratio, toAscList)

showTree :: (Show k, Show a) => Map k a -> String
showTree m = showTreeWith showElem True False m
  where showElem k x = show k ++ ":=" ++ show x

showTreeWith :: (k -> a -> String) -> Bool -> Bool -> Map k a -> String
showTreeWith showelem hang wide t
  | hang = showsTreeHang showelem wide [] t ""
  | otherwise = showsTree showelem wide [] [] t ""

showsTree :: (k -> a -> String) -> Bool -> [String] -> [String] -> Map k a -> ShowS
showsTree showelem wide lbars rbars t = case t of
  Tip -> showsBars lbars . showString "|\n"
  Bin _ kx x Tip Tip -> showsBars lbars . showString (showelem kx x) . showString "\n"
  Bin _ kx x l r ->
    showsTree showelem wide (withBar rbars) (withEmpty rbars) r
      . showWide wide rbars
      . showsBars lbars . showString (showelem kx x) . showString "\n"
      . showWide wide lbars
      . showsTree showelem wide (withEmpty lbars) (withBar lbars) l

showsTreeHang :: (k -> a -> String) -> Bool -> [String] -> Map k a -> ShowS
showsTreeHang showelem wide bars t = case t of
  Tip -> showsBars bars . showString "|\n"
  Bin _ kx x Tip Tip -> showsBars bars . showString (showelem kx x) . showString "\n"
  Bin _ kx x l r ->
    showsBars bars . showString (showelem kx x) . showString "\n"
      . showWide wide bars
      . showsTreeHang showelem wide (withBar bars) l
      . showWide wide bars
      . showsTreeHang showelem wide (withEmpty bars) r

showWide :: Bool -> [String] -> String -> String
showWide wide bars
  | wide = showString (concat (reverse bars)) . showString "|\n"
  | otherwise = id

showsBars :: [String] -> ShowS
showsBars bars = case bars of
  [] -> id
  (_ : rest) -> showString (concat (reverse rest)) . showString node

node :: String
node = "+--"

withBar, withEmpty :: [String] -> [String]
withBar bars = "|  " : bars
withEmpty bars = "   " : bars

valid :: Ord k => Map k a -> Bool
valid t = balanced t && ordered t && validsize t

ordered :: Ord a => Map a b -> Bool
ordered t = let ks = map fst (toAscList t) in and (zipWith (<) ks (drop 1 ks))

balanced :: Map k a -> Bool
balanced Tip = True
balanced (Bin _ _ _ l r) =
  (size l + size r <= 1 || (size l <= delta * size r && size r <= delta * size l))
    && balanced l && balanced r

validsize :: Map a b -> Bool
validsize t = realsize t == Just (size t)
  where
    realsize Tip = Just 0
    realsize (Bin sz _ _ l r) = case (realsize l, realsize r) of
      (Just n, Just m) | n + m + 1 == sz -> Just sz
      _ -> Nothing

-- Internals containers' -O1 unfoldings call (see Data.Map.Internal).

zz_showTreezuzdsshowsTreeHang :: String -> Map k a -> Bool -> (k -> a -> String) -> String
zz_showTreezuzdsshowsTreeHang rest t wide showelem = showsTreeHang showelem wide [] t rest

zz_showTreeWithzuzdsshowsTree :: String -> Map k a -> [String] -> Bool -> (k -> a -> String) -> String
zz_showTreeWithzuzdsshowsTree rest t bars wide showelem = showsTree showelem wide bars [] t rest

zz_validsizze1 :: Map a b -> Maybe Int
zz_validsizze1 t = realsize t
  where
    realsize Tip = Just 0
    realsize (Bin sz _ _ l r) = case (realsize l, realsize r) of
      (Just n, Just m) | n + m + 1 == sz -> Just sz
      _ -> Nothing
